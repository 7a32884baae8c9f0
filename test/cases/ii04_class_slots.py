# Theme: __slots__ across inheritance, with a __weakref__ slot, a subclass
# without __slots__ (which gets a __dict__ again), and copy.copy() of a
# slotted instance.
import copy
import weakref


class Base:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


class Child(Base):
    __slots__ = ("extra", "__weakref__")

    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra  # ?rc name extra


class Loose(Base):
    pass


label = [0.5]  # ?rc label
payload = [1.5]  # ?rc payload
c = Child(label, payload)  # ?rc label payload c
w = weakref.ref(c)  # ?rc w
lo = Loose(label)  # ?rc label lo
lo.more = payload  # ?rc payload
attrs = lo.__dict__  # ?rc attrs payload
dup = copy.copy(c)  # ?rc label payload dup
c.extra = label  # ?rc label payload
del dup.name  # ?rc label
desc = Child.extra  # ?rc desc
del attrs  # ?rc payload
lo.name = None  # ?rc label
del c  # ?rc label w
