# Theme: dataclass records sorted by several keys with operator.attrgetter,
# grouped with itertools.groupby, totals per group; frozen records in a dict.
import gc
import sys
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter


@dataclass
class Sale:
    region: str
    product: str
    amount: float


@dataclass(frozen=True)
class Key:
    region: str
    product: str


sales = [
    Sale("north", "tea", 12.5),
    Sale("south", "coffee", 8.25),
    Sale("north", "coffee", 3.75),
    Sale("south", "tea", 6.5),
    Sale("north", "tea", 1.25),
]  # ?rc sales
first = sales[0]  # ?rc first
ordered = sorted(sales, key=attrgetter("region", "product"))  # ?rc ordered first
totals = {}
for region, group in groupby(ordered, key=attrgetter("region")):
    items = list(group)  # ?rc items
    totals[region] = sum(s.amount for s in items)
print(totals)
by_key = {}
for s in sales:
    k = Key(s.region, s.product)
    by_key.setdefault(k, []).append(s)  # ?rc s
north_tea = by_key[Key("north", "tea")]  # ?rc north_tea first
print(len(by_key), sys.getrefcount(first))
biggest = max(sales, key=attrgetter("amount"))  # ?rc biggest first
cheap = [s for s in sales if s.amount < 5.0]  # ?rc cheap
del sales, ordered  # ?rc first
del by_key, north_tea  # ?rc first
del biggest  # ?rc first
items = None
print(gc.collect())
