# Theme: dataclasses with field(default_factory=...): every instance gets its
# own fresh list/dict from the factory; items added to them are shared with
# the caller, and a back-reference from item to bin makes a cycle.
import gc
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    weight: float
    bin: "Bin | None" = None


@dataclass
class Bin:
    label: str
    items: list = field(default_factory=list)
    index: dict = field(default_factory=dict)

    def put(self, item):
        item.bin = self  # ?rc item
        self.items.append(item)
        self.index[item.sku] = item  # ?rc item


gc.collect()
bolt = Item("bolt-10 mm", 0.5 * 3)  # ?rc bolt
nut = Item("nut-10 mm", 0.25 * 3)  # ?rc nut
a = Bin("aisle 1/a")  # ?rc a
b = Bin("aisle 1/b")
a.put(bolt)  # ?rc a bolt
a.put(nut)  # ?rc a nut
stock = a.items  # ?rc stock
lookup = a.index  # ?rc lookup
other = b.items  # ?rc other
print(stock is other, len(lookup))
del stock, lookup, other
moved = a.items.pop()  # ?rc moved nut
b.put(moved)  # ?rc moved b
del moved, nut  # ?rc b
del a.index["nut-10 mm"]
del a, b
print(gc.collect())  # two bins (dicts + lists) and two items in cycles
w = bolt.weight  # ?rc w
print(gc.collect())
