# Theme: operator overloading returning new objects. A 2-D vector with
# __add__, __sub__, __mul__/__rmul__, __neg__ and __abs__; chained operations
# make temporaries; NotImplemented sends `2 * v` to __rmul__; a float
# subclass whose __add__ returns the subclass.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


a = Vec(3.0, 4.0)  # ?rc a
b = Vec(1.5, 2.5)  # ?rc b
c = a + b  # ?rc a b c
d = a + b - c  # ?rc a c d
e = 2 * a  # ?rc a e
f = -e  # ?rc e f
g = +f  # ?rc f g
length = abs(a)
path = [a, b, c]
total = sum(path[1:], path[0])  # ?rc a total
ex = e.x
fx = f.x
del e  # ?rc f
del path  # ?rc a b c


class Meters(float):
    def __new__(cls, value):
        return super().__new__(cls, value)

    def __add__(self, other):
        return Meters(float(self) + float(other))


m1 = Meters(2.25)  # ?rc m1
m2 = m1 + m1  # ?rc m1 m2
m3 = sum([m1, m2], Meters(0.5))  # ?rc m1 m3
