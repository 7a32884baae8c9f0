# Theme: a warehouse inventory: namedtuple stock records, Counter totals,
# defaultdict(list) grouped by location, sorting with attrgetter and a
# lambda, itertools.groupby over a sorted list, and a restock report.
import gc
import itertools
from collections import Counter, defaultdict, namedtuple
from operator import attrgetter

Item = namedtuple("Item", "sku location qty price")


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.by_location = defaultdict(list)
        self.totals = Counter()

    def receive(self, sku, location, qty, price):
        item = Item(sku, location, qty, price)
        self.items.append(item)
        self.by_location[location].append(item)  # ?rc item
        self.totals[sku] += qty
        return item

    def low_stock(self, threshold):
        return [item for item in self.items if item.qty < threshold]


wh = Warehouse("north")  # ?rc wh
w1 = wh.receive("bolt-m4", "A1", 500, 0.25)  # ?rc w1
w2 = wh.receive("nut-m4", "A1", 12, 0.1)  # ?rc w2
w3 = wh.receive("washer", "B2", 7, 0.05)  # ?rc w3
w4 = wh.receive("bolt-m4", "B2", 40, 0.25)  # ?rc w4 w1
shelf = wh.by_location["A1"]  # ?rc shelf
low = wh.low_stock(20)  # ?rc low w2 w3
cheapest = sorted(wh.items, key=attrgetter("price"))  # ?rc cheapest w3
value = sum(item.qty * item.price for item in wh.items)  # ?rc value
groups = {}  # ?rc groups
for sku, run in itertools.groupby(sorted(wh.items, key=lambda i: i.sku), key=attrgetter("sku")):
    groups[sku] = list(run)  # ?rc groups
bolts = groups["bolt-m4"]  # ?rc bolts w1 w4
common = wh.totals.most_common(1)  # ?rc common
top = common[0]  # ?rc top
del low, cheapest  # ?rc w2 w3
report = [f"{i.sku}@{i.location}: {i.qty}" for i in wh.items]  # ?rc report
del wh  # ?rc w1 shelf
print(gc.collect())
del groups, bolts  # ?rc w1 w4
