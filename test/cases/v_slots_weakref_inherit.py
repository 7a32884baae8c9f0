# Theme: __slots__ with inheritance and a __weakref__ slot; weak references
# to slotted instances; a subclass without __slots__ gets a dict again.
import gc
import weakref


class Base:
    __slots__ = ("x", "__weakref__")

    def __init__(self, x):
        self.x = x  # ?rc x


class Sub(Base):
    __slots__ = ("y",)


class Loose(Base):
    pass


val = [2.5]  # ?rc val
b = Base(val)  # ?rc val b
s = Sub(val)  # ?rc val s
s.y = val  # ?rc val
w = weakref.ref(s)  # ?rc s w
l = Loose(val)  # ?rc val l
l.extra = l  # ?rc l
del l  # ?rc val
print(gc.collect())  # the Loose instance in a cycle with itself
del s  # ?rc val w
dead = w()  # ?rc w
del b  # ?rc val
