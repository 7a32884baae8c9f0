# Theme: a class hierarchy mixing __slots__ and __dict__: a slotted base that
# is not weak-referenceable, a slotted subclass that adds __weakref__, and a
# plain subclass that gets a __dict__; a list attribute closes a cycle, and
# copy.copy() of a slotted object copies its slot values.
import copy
import gc
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class NamedPoint(Point):
    __slots__ = ("name", "__weakref__")

    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name


class TaggedPoint(NamedPoint):
    def __init__(self, x, y, name, tags):
        super().__init__(x, y, name)
        self.tags = tags


gc.collect()
px = 10.0 ** 3  # ?rc px
p = Point(px, px)  # ?rc px p
try:
    weakref.ref(p)
except TypeError:
    refused = p  # ?rc p
try:
    p.z = px
except AttributeError:
    rejected = px  # ?rc px p -- no slot named z and no __dict__
n = NamedPoint(px, 2.5, "north pole")  # ?rc px n
wn = weakref.ref(n)  # ?rc n wn
t = TaggedPoint(px, 3.5, "south pole", [n])  # ?rc n t px
wt = weakref.ref(t)  # ?rc t wt
t.tags.append(t)  # ?rc t -- t -> tags list -> t
print(gc.collect())
del refused, rejected, p  # ?rc px
del t  # ?rc wt n
print(gc.collect())  # the TaggedPoint and its tags list
dead = wt()  # ?rc wt
twin = copy.copy(n)  # ?rc px n twin -- copies the slots, not the weakref
del n  # ?rc px wn twin
print(gc.collect())
