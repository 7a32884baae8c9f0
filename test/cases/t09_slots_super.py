# Theme: __slots__ keeps attributes in fixed slots (no __dict__); a subclass
# without __slots__ gets a __dict__ again. super().__init__ passes the same
# argument objects along the chain.
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y  # ?rc y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z  # ?rc z


class Tagged(Point):
    def __init__(self, x, y, tag):
        super().__init__(x, y)
        self.tag = tag  # ?rc tag


xs = float("2.5") * 2  # ?rc xs
ys = int("1000000")  # ?rc ys
p = Point(xs, ys)  # ?rc p xs ys
q = Point3(xs, ys, xs)  # ?rc q xs
t = Tagged(xs, ys, [0.25])  # ?rc t xs
tagval = t.tag  # ?rc tagval
d = t.__dict__  # ?rc d
print(sys.getrefcount(xs))
q.x = ys  # ?rc xs ys
del p.y  # ?rc ys
del q, t  # ?rc xs ys tagval d
