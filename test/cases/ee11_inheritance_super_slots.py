# Theme: inheritance with super().__init__ chains through slotted classes;
# a class attribute list shared by all instances keeps them alive.
class Shape:
    __slots__ = ("name",)
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(self)  # ?rc self


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, name, w, h):
        super().__init__(name)  # ?rc self
        self.w = w
        self.h = h


class Square(Rect):
    __slots__ = ()

    def __init__(self, name, side):
        super().__init__(name, side, side)  # ?rc side


side = 2.5 * 2  # ?rc side
sq = Square("unit square!", side)  # ?rc sq side
r = Rect("wide rect!", side, 1.5 * 3)  # ?rc r side
reg = Shape.registry  # ?rc reg
first = reg[0]  # ?rc first sq
reg.remove(sq)  # ?rc sq first
sq.w = None  # ?rc side
del r  # ?rc side
Shape.registry = []  # ?rc reg
del reg  # ?rc first side
