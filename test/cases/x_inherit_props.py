# Inheritance with properties and super(): cached properties stored on the
# instance, overridden methods calling the base, class attribute lookups.
import gc
import sys


class Shape:
    registry = []

    def __init__(self, name):
        self.name = name
        self._area = None
        Shape.registry.append(self)

    @property
    def area(self):
        if self._area is None:
            self._area = self.compute()
        return self._area

    def compute(self):
        return 0

    def describe(self):
        return f"{self.name}: {self.area}"


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def compute(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)

    def describe(self):
        base = super().describe()  # ?rc base
        return base + " (square)"


r = Rect("r", 3, 4)  # ?rc r
s = Square("s", 5)  # ?rc s
a1 = r.area  # ?rc a1
a2 = r.area  # ?rc a1 a2
d = s.describe()  # ?rc d
reg = Shape.registry  # ?rc reg r s
Shape.registry = []
del reg  # ?rc r s
print(sys.getrefcount(s))
s.parent = s
del s
print(gc.collect())
