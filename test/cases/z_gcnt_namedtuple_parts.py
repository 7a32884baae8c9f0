# A dropped namedtuple class is cyclic garbage with ~30 objects namedtuple() made: 25, a
# _tuplegetter per field, __bases__ until a collection untracks it, _field_defaults when it
# holds a GC object; typing.NamedTuple adds __orig_bases__ and __defaults__.
import gc
from collections import namedtuple
from typing import NamedTuple


class Unit:
    pass


Pair = namedtuple("Pair", "left right")
p = Pair(1.5, [1])  # ?rc p
del Pair, p
print(gc.collect())

Slot = namedtuple("Slot", ["a", "b", "c"], defaults=[[]])
print(gc.collect())
del Slot
print(gc.collect())

Cfg = namedtuple("Cfg", "x y", defaults=(0.5,))
fd = Cfg._field_defaults  # ?rc fd
del Cfg
print(gc.collect())


class Row(NamedTuple):
    key: str
    unit: Unit
    value: float = 1.5

    def __repr__(self):
        return "Row"


r = Row("k", Unit())  # ?rc r
del Row, r
print(gc.collect())


class Item(NamedTuple):
    name: str
    tags: list = []


print(gc.collect())
del Item
print(gc.collect())

Empty = namedtuple("Empty", "")
del Empty
print(gc.collect())


class Sub(namedtuple("Base", "a b")):
    __slots__ = ()

    def total(self):
        return self.a + self.b


s = Sub(1, 2)  # ?rc s
t = s.total()
del Sub, s
print(gc.collect())
