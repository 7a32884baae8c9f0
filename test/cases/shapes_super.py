# Theme: an inheritance chain with super().__init__, classmethod alternate
# constructors, staticmethods and class-level registries.


class Shape:
    registry = {}
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        Shape.registry[name] = self

    @classmethod
    def unit(cls, name):
        return cls(name)

    @staticmethod
    def scale(values, factor):
        return [v * factor for v in values]


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)  # ?rc side


side = 1.5 * 3  # ?rc side
sq = Square("square-A", side)  # ?rc sq side
r = Rect("rect-B", side, 2.25 * 2)  # ?rc r side
u = Shape.unit("unit-C")  # ?rc u
u2 = Rect.scale([side], 2)  # ?rc side u2
same = Shape.registry["square-A"]  # ?rc sq same
base = Shape  # ?rc base
child = Square  # ?rc child
mro = Square.__mro__  # ?rc mro
import sys
print(sys.getrefcount(Rect))
print(sys.getrefcount(Square))
Shape.registry.clear()  # ?rc sq r u
del same, sq  # ?rc side
