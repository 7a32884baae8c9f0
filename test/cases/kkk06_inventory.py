# Inventory service: a dataclass with cached_property, sorting with
# itemgetter, collections.namedtuple / OrderedDict, logging.exception.
import logging
import sys
from collections import OrderedDict, namedtuple
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import List, Dict

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("inventory")

Item = namedtuple("Item", "sku qty price")


@dataclass
class Warehouse:
    name: str
    items: List[Item] = field(default_factory=list)

    @cached_property
    def value(self) -> float:
        total = sum(i.qty * i.price for i in self.items)  # ?rc total
        return total

    def by_sku(self) -> Dict[str, Item]:
        ordered = OrderedDict()  # ?rc ordered
        for it in sorted(self.items, key=itemgetter(0)):
            ordered[it.sku] = it  # ?rc it
        return ordered


wh = Warehouse("north wing")  # ?rc wh
wh.items.append(Item("B-200", 3, 2.5))
wh.items.append(Item("A-100", 10, 0.75))
stock = wh.items  # ?rc stock
v1 = wh.value  # ?rc v1 wh
v2 = wh.value  # ?rc v1 v2
index = wh.by_sku()  # ?rc index
top = max(stock, key=itemgetter(2))  # ?rc top
pick = itemgetter(1, 2)  # ?rc pick
qty_price = pick(top)  # ?rc qty_price top
try:
    bad = index["Z-999"]
except KeyError:
    log.exception("unknown sku %s in %s", "Z-999", wh.name)  # ?rc wh index
del stock  # ?rc wh
print(v1, qty_price)
print(sys.getrefcount(index))
print(sys.getrefcount(top))
