# A dropped namedtuple / typing.NamedTuple class is cyclic garbage with parts the
# library generates (eval'd __new__, _make, tuplegetters, docs): about 30 objects.
import gc
from collections import namedtuple
from typing import NamedTuple

Pair = namedtuple("Pair", ["left", "right"])
p = Pair(1.5 * 2, [1, 2])  # ?rc p
items = p.right  # ?rc items
del Pair, p
print(gc.collect())

Point = namedtuple("Point", "x y z", defaults=[0.5])
origin = Point(0.0, 1.0)  # ?rc origin
del Point, origin
print(gc.collect())


class Row(NamedTuple):
    key: str
    value: float = 1.5

    def scaled(self, k):
        return self.value * k


r = Row("k")
v = r.scaled(2.0)  # ?rc v
del Row, r
print(gc.collect())

pairs = [1, 2]
pairs.append(pairs)  # ?rc pairs
del pairs
print(gc.collect())
