# A sales report grouped by region with itertools.groupby: the groupby
# object holds the current key and value, and each group iterator refers
# back to its parent groupby, so old groups stay usable only until it moves.
import itertools
from operator import attrgetter


class Sale:
    def __init__(self, region, amount):
        self.region = region
        self.amount = amount


sales = [Sale("north-1", 10.5), Sale("north-1", 4.25), Sale("south-2", 7.75),
         Sale("west-3", 1.5), Sale("west-3", 2.5)]  # ?rc sales
s0 = sales[0]  # ?rc s0
s2 = sales[2]  # ?rc s2
by_region = itertools.groupby(sales, key=attrgetter("region"))  # ?rc sales by_region
key1, grp1 = next(by_region)  # ?rc by_region grp1 s0
first_sale = next(grp1)  # ?rc first_sale s0
key2, grp2 = next(by_region)  # ?rc grp1 grp2 s2 s0
leftover = list(grp1)  # ?rc leftover
del grp1, grp2  # ?rc by_region s2
del by_region  # ?rc sales s0 s2


def totals(rows):
    result = {}
    for region, group in itertools.groupby(rows, key=attrgetter("region")):
        members = list(group)  # ?rc members
        result[region] = sum(m.amount for m in members)
    return result


report = totals(sales)  # ?rc report sales
north = report["north-1"]  # ?rc north
buckets = [(k, list(g)) for k, g in itertools.groupby(sales, attrgetter("region"))]  # ?rc buckets s0
big = [s for s in sales if s.amount > 5.0]  # ?rc big s2
del buckets, big  # ?rc s0 s2
combos = itertools.combinations(sales[:3], 2)  # ?rc s0 s2 -- the pool is a tuple copy
c01 = next(combos)  # ?rc c01 s0
del c01
c02 = next(combos)  # ?rc c02 s0 s2 -- result tuple reused once released
grid = itertools.product(sales[:2], [s2])  # ?rc s2 s0
g00 = next(grid)  # ?rc g00 s2
del grid, combos  # ?rc s0 s2 g00
