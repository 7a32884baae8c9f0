# itertools.groupby over sorted records: each group reads from the groupby
# while it is current; the groupby holds its current key and value.
import itertools
import sys
from operator import attrgetter


class Sale:
    def __init__(self, region, amount):
        self.region = region
        self.amount = amount


sales = [Sale("east", 5), Sale("east", 7), Sale("west", 3), Sale("north", 1), Sale("north", 2)]  # ?rc sales
s0, s2, s4 = sales[0], sales[2], sales[4]  # ?rc s0 s2 s4
totals = {}
for region, group in itertools.groupby(sales, key=attrgetter("region")):
    items = list(group)  # ?rc items
    totals[region] = sum(s.amount for s in items)
print(totals)  # ?rc s0 s4
gb = itertools.groupby(sales, key=lambda s: s.region)  # ?rc gb sales
k1, g1 = next(gb)  # ?rc k1 g1 gb
first = next(g1)  # ?rc first s0
k2, g2 = next(gb)  # ?rc k2 g2
late = list(g1)  # ?rc late
w = next(g2)  # ?rc w s2
del gb  # ?rc g2 s2
rest = list(g2)  # ?rc rest s2
runs = [(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")]  # ?rc runs
print(sys.getrefcount(s0))
