# Theme: immutable 2-D vectors and 2x2 matrices with operator overloading
# (__add__, __mul__, __rmul__, __matmul__, __eq__, __hash__), with vectors
# used as dict keys and de-duplicated in a set.
import gc
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Mat:
    def __init__(self, rows):
        self.rows = tuple(rows)

    def __matmul__(self, v):
        (a, b), (c, d) = self.rows
        return Vec(a * v.x + b * v.y, c * v.x + d * v.y)

    def __mul__(self, other):
        cols = list(zip(*other.rows))
        return Mat(tuple(sum(p * q for p, q in zip(r, c)) for c in cols)
                   for r in self.rows)


u = Vec(1.5, 2.5)  # ?rc u
w = u + Vec(0.5, 0.5)  # ?rc u w
s = 2.0 * u  # ?rc s
sx = s.x  # ?rc sx
rot = Mat([(0.0, -1.0), (1.0, 0.0)])  # ?rc rot
r = rot @ u  # ?rc r
both = rot * rot  # ?rc both rot
row0 = both.rows[0]  # ?rc row0
labels = {u: "start point here", w: "end point here"}  # ?rc u w labels
key = Vec(1.5, 2.5)  # ?rc key
found = labels[key]  # ?rc found key
unique = {u, key, w, Vec(2.0, 3.0)}  # ?rc u key w
print(len(unique), u == key, sys.getrefcount(u))
del labels, unique  # ?rc u w found
del s  # ?rc sx
print(gc.collect())
