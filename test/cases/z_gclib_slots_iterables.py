# __slots__ given as a dict (keys are the slot names), a list iterator (drained by
# type_new, which then lets go of the list), a str, or a generator of names.
import gc
import sys


class Doc:
    __slots__ = {"x": "first coordinate", "y": "second coordinate"}


names = ["a", "b"]
it = iter(names)


class Drained:
    __slots__ = it


print(sys.getrefcount(names))
del it
print(sys.getrefcount(names))


class One:
    __slots__ = "v"


def gen():
    yield "p"
    yield "q"


class Gen:
    __slots__ = gen()


val = 2.5 * 3
d = Doc()
d.x = val
d.y = d  # ?rc d val
e = Drained()
e.a = val
e.b = [e]  # ?rc e val
o = One()
o.v = o  # ?rc o
g = Gen()
g.p = g
g.q = val  # ?rc g val
del d, e, o, g
print(gc.collect())
del Doc, Drained, One, Gen
print(gc.collect())
