# Theme: factory and registry. Shape classes register themselves through a
# parametrised class decorator; a factory looks them up by kind and builds
# instances from plain spec dicts; a partial-based creator is cached too.
import functools
import gc

SHAPES = {}


def register(kind):
    def deco(cls):
        SHAPES[kind] = cls
        cls.kind = kind
        return cls
    return deco


@register("circle")
class Circle:
    def __init__(self, radius):
        self.radius = radius


@register("rect")
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h


def make(spec):
    cls = SHAPES[spec["kind"]]  # ?rc cls
    args = spec["args"]  # ?rc args
    return cls(*args)


specs = [{"kind": "circle", "args": [2.5]}, {"kind": "rect", "args": [1.5, 4.5]}]
shapes = [make(s) for s in specs]  # ?rc shapes Circle Rect
c, r = shapes  # ?rc c r
radius = c.radius  # ?rc radius
unit_square = functools.partial(Rect, 1.0, 1.0)  # ?rc unit_square Rect
sq = unit_square()  # ?rc sq unit_square
SHAPES["unit"] = unit_square  # ?rc unit_square
more = [SHAPES["unit"]() for _ in range(3)]  # ?rc more Rect
del SHAPES["unit"]  # ?rc unit_square
del shapes, more  # ?rc c Rect
del specs  # ?rc radius
del Circle  # ?rc c
kind_cls = SHAPES.pop("circle")  # ?rc kind_cls
del c, kind_cls
print(gc.collect())  # the Circle class: type, mro, dict, descriptors, __init__
