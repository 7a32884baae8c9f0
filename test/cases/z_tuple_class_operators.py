# Theme: a 2-D vector as a slotted tuple subclass with arithmetic operators.
class Vec(tuple):
    __slots__ = ()

    def __new__(cls, x=0, y=0):
        return super().__new__(cls, (x, y))

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        out = Vec(self[0] + other[0], self[1] + other[1])  # ?rc self other
        return out

    def __sub__(self, other):
        return Vec(self[0] - other[0], self[1] - other[1])

    def __mul__(self, k):
        return Vec(self[0] * k, self[1] * k)

    __rmul__ = __mul__

    def __repr__(self):
        return "Vec(%r, %r)" % (self[0], self[1])


a = Vec(1, 2)  # ?rc a
b = Vec(3, 4)  # ?rc b
c = a + b  # ?rc a b c
d = c - a  # ?rc c d
e = a * 3  # ?rc a e
f = 2 * b  # ?rc b f
path = [a, b, c]  # ?rc a path
total = Vec()
for v in path:
    total = total + v
t2 = total  # ?rc total
try:
    g = a + (1, 1)
except TypeError:
    g = None  # ?rc a
h = (5, 5) + a  # ?rc a h
a += b  # ?rc a b
text = repr(a)  # ?rc text a
del path  # ?rc b c
