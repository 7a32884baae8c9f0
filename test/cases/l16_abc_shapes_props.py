# Course exercise: a small geometry library with an abstract base class,
# properties with setters, classmethod alternative constructors, a
# staticmethod helper and a class-level registry.
import abc
import gc
import math


class Shape(abc.ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls)

    @abc.abstractmethod
    def area(self):
        ...

    @staticmethod
    def round2(value):
        r = round(value, 2)  # ?rc r
        return r


class Circle(Shape):
    def __init__(self, radius):
        self._radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("negative radius")
        self._radius = value  # ?rc value

    def area(self):
        return Shape.round2(math.pi * self._radius ** 2)

    @classmethod
    def from_diameter(cls, d):
        obj = cls(d / 2)  # ?rc obj
        return obj


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @classmethod
    def square(cls, side):
        return cls(side, side)


c = Circle(1.5 * 2)  # ?rc c
r = c.radius  # ?rc r
c.radius = 4.5 * 2  # ?rc r
new_r = c.radius  # ?rc new_r
c2 = Circle.from_diameter(10.5)  # ?rc c2
sq = Rect.square(2.5 * 3)  # ?rc sq
side = sq.w  # ?rc side
areas = [s.area() for s in (c, c2, sq)]  # ?rc areas c
subclasses = Shape.registry  # ?rc subclasses
try:
    Shape()
except TypeError as e:
    problem = str(e)  # ?rc problem
prop = Circle.radius  # ?rc prop
getter = prop.fget  # ?rc getter
bound = c.area  # ?rc bound c
meth = Circle.from_diameter  # ?rc meth
helper = Shape.round2  # ?rc helper
is_shape = isinstance(sq, Shape)
del bound, meth  # ?rc c
sq.me = sq
del sq  # ?rc side
print(gc.collect())
print(areas, problem, is_shape, new_r, r)  # ?rc c c2
