# Theme: an inventory with enum statuses, items in a dict by sku, status
# changes through a method, partition with a comprehension, and a
# namedtuple report with unpacking.
import sys
from enum import Enum
from collections import namedtuple


class Status(Enum):
    IN_STOCK = 1
    LOW = 2
    OUT = 3


class Item:
    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty
        self.status = Status.IN_STOCK

    def take(self, n):
        self.qty -= n
        if self.qty <= 0:
            self.status = Status.OUT
        elif self.qty < 3:
            self.status = Status.LOW


Report = namedtuple("Report", "sku qty status")

stock = {sku: Item(sku, q) for sku, q in [("A-100", 5), ("B-200", 2), ("C-300", 9)]}  # ?rc stock
a = stock["A-100"]  # ?rc a
a.take(3)
b = stock["B-200"]  # ?rc b
b.take(2)  # ?rc b
low = [it for it in stock.values() if it.status is Status.LOW]  # ?rc low a
out = [it for it in stock.values() if it.status is Status.OUT]  # ?rc out b
reports = [Report(it.sku, it.qty, it.status.name) for it in stock.values()]  # ?rc reports
first = reports[0]  # ?rc first
sku, qty, status = first  # ?rc first
*rest, last = reports  # ?rc rest last
print(sys.getrefcount(a), len(low), len(out), last.sku)
counts = {}
for it in stock.values():
    counts[it.status] = counts.get(it.status, 0) + 1
print(counts)
del stock  # ?rc a b
del low  # ?rc a
del out  # ?rc b
del reports  # ?rc first last
del rest  # ?rc first
