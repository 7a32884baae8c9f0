# Theme: __slots__ with inheritance; a subclass adding __weakref__ can be
# weakly referenced, a slotted base cannot; slot values are plain references.
import weakref
import gc


class Base:
    __slots__ = ("a",)


class Child(Base):
    __slots__ = ("b", "__weakref__")


val = [3.5]  # ?rc val
c = Child()  # ?rc c
c.a = val  # ?rc val
c.b = val  # ?rc val c
w = weakref.ref(c)  # ?rc c w
b = Base()  # ?rc b
try:
    weakref.ref(b)
except TypeError as exc:
    msg = str(exc)  # ?rc msg
c.b = c  # ?rc c
del c  # ?rc val w
print(gc.collect())  # the Child in its self-cycle
dead = w()
print(dead is None)  # ?rc val
