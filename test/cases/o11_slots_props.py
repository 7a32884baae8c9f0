# Geometry value classes: __slots__, properties, classmethods, staticmethods, __eq__/__hash__.
import gc


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @classmethod
    def origin(cls):
        v = cls(0.0, 0.0)  # ?rc v
        return v

    @staticmethod
    def dot(a, b):
        r = a.x * b.x + a.y * b.y  # ?rc a b
        return r

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Shape:
    def __init__(self, *points):
        self._points = list(points)  # ?rc points

    @property
    def points(self):
        return self._points

    @points.setter
    def points(self, value):
        self._points = list(value)  # ?rc value


p = Vec(3.0, 4.0)  # ?rc p
q = Vec(3.0, 4.0)  # ?rc q
o = Vec.origin()  # ?rc o
length = p.norm  # ?rc length
d = Vec.dot(p, q)  # ?rc d p
seen = {p: "first", o: "origin"}  # ?rc p seen
label = seen[q]
s = Shape(p, q, o)  # ?rc s p q o
pts = s.points  # ?rc pts
s.points = (o, o)  # ?rc pts p o
del pts  # ?rc p
uniq = set([p, q, o])  # ?rc uniq p q
del seen  # ?rc p
n = gc.collect()
print(length, d, label, len(uniq), n)
