# Application-style: a small class hierarchy with super(), __repr__, equality
# and a registry, as a drawing program might have.


class Shape:
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(self)  # ?rc self

    def area(self):
        return 0.0

    def __repr__(self):
        return "Shape(" + self.name + ")"


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)  # ?rc side


side = 2.5 * 2  # ?rc side
r = Rect("r one", 1.5, side)  # ?rc r side
s = Square("sq", side)  # ?rc s side
shapes = [r, s, Shape("plain one")]  # ?rc r shapes
areas = [x.area() for x in shapes]  # ?rc areas r
total = 0.0
for a in areas:
    total = total + a  # ?rc total
text = repr(s)  # ?rc s
biggest = max(areas)  # ?rc biggest
del shapes, areas  # ?rc r s
Shape.registry.clear()  # ?rc r s
del r  # ?rc s side
