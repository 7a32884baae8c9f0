# Theme: what the exceptions of functools / operator helpers keep alive.
# attrgetter and methodcaller fail in PyObject_GetAttr, whose AttributeError
# keeps the object (obj); cached_property on a __slots__ class raises TypeError
# from None in its __get__ frame; an error out of a singledispatch
# implementation passes through wrapper's frame, which keeps its args tuple.
import gc
import sys
from functools import cached_property, singledispatch
from operator import attrgetter, methodcaller


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @cached_property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3.5, 4.5)  # ?rc p
try:
    p.norm
except TypeError as e:
    slot_err = e  # ?rc slot_err p
ctx = slot_err.__context__  # ?rc ctx
del ctx, slot_err
print(sys.getrefcount(p))
get_z = attrgetter("x", "z")
try:
    get_z(p)
except AttributeError as e:
    err = e  # ?rc err p
print(err.obj is p)
del err
scale = methodcaller("scale", 2.5)
try:
    scale(p)
except AttributeError as e:
    err = e  # ?rc err p
del err
print(sys.getrefcount(p))


@singledispatch
def render(obj):
    raise NotImplementedError(type(obj).__name__)


@render.register
def _(obj: list):
    return ", ".join(map(str, obj))


errors = []
for item in ([1.5, 2.5], p):
    try:
        print(render(item))
    except NotImplementedError as e:
        errors.append(e)  # ?rc p
print(sys.getrefcount(p))
errors[0].saved = errors
del errors
print(gc.collect())  # ?rc p
