# Theme: a shape hierarchy on an abc.ABC base. Subclasses chain their
# __init__ through super().__init__, keep a shared style object, and a
# drawing keeps shapes in a list; areas are computed floats.
import abc
import gc


class Style:
    def __init__(self, stroke):
        self.stroke = stroke


class Shape(abc.ABC):
    def __init__(self, name, style):
        self.name = name
        self.style = style  # ?rc style

    @abc.abstractmethod
    def area(self):
        ...

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, name, style, w, h):
        super().__init__(name, style)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, style, side):
        super().__init__(name, style, side, side)  # ?rc side


class Circle(Shape):
    def __init__(self, name, style, r):
        super().__init__(name, style)
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


thin = Style(0.5 * 3)  # ?rc thin
side = 2.5 * 2  # ?rc side
drawing = [Rect("r1", thin, 2.0, 3.0), Square("s1", thin, side), Circle("c1", thin, 1.5)]  # ?rc thin side
total = 0.0
for shape in drawing:
    a = shape.area()  # ?rc a shape
    total += a
print(f"{drawing[1]} total={total:.2f}")
try:
    Shape("bad", thin)
except TypeError as exc:
    msg = str(exc)  # ?rc msg thin
biggest = max(drawing, key=lambda s: s.area())  # ?rc biggest
del drawing, shape  # ?rc thin side biggest
print(gc.collect())
