# Application: a shape hierarchy with an abstract base raising
# NotImplementedError, a class-level registry, super() chains, ordering.
import gc
import sys


class Shape:
    registry = []
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        Shape.registry.append(self)  # ?rc self

    def area(self):
        raise NotImplementedError("area of %s" % self.name)

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.name)


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)

    @classmethod
    def unit(cls):
        return cls("unit square", 1.0)

    @staticmethod
    def describe(sq):
        return "square of side %.1f" % sq.w


class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


r = Rect("r", 2.0, 3.5)  # ?rc r
s = Square("s", 2.5)  # ?rc s
u = Square.unit()  # ?rc u
c = Circle("c", 1.25)  # ?rc c
blank = Shape("blank")  # ?rc blank
try:
    blank.area()
except NotImplementedError as exc:
    msg = str(exc)  # ?rc msg blank
ordered = sorted([r, s, u, c])  # ?rc ordered r
biggest = max(ordered, key=lambda sh: sh.area())  # ?rc biggest
text = Square.describe(s)  # ?rc text
reg = Shape.registry  # ?rc reg
areas = [sh.area() for sh in reg if not type(sh) is Shape]  # ?rc areas
total = sum(areas)  # ?rc total
print(repr(u), sys.getrefcount(r))
del ordered, biggest  # ?rc r s
reg.remove(blank)  # ?rc blank
del blank
print(gc.collect())
