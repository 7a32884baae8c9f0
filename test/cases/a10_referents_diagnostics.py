# Theme: diagnosing who keeps an order alive with sys.getrefcount,
# gc.get_referents and gc.is_tracked, before and after removing it from
# the indexes that forgot to drop it.
import gc
import sys


class Order:
    def __init__(self, oid, total):
        self.oid = oid
        self.total = total


class OrderBook:
    def __init__(self):
        self.by_id = {}
        self.recent = []
        self.audit = ()

    def add(self, order):
        self.by_id[order.oid] = order
        self.recent.append(order)
        self.audit = self.audit + (order,)

    def remove(self, oid):
        order = self.by_id.pop(oid)
        self.recent.remove(order)
        return order


book = OrderBook()
o = Order(1001, 99.5)  # ?rc o
before = sys.getrefcount(o)
book.add(o)  # ?rc o
after = sys.getrefcount(o)
print(after - before)
holders = gc.get_referents(book.recent)  # ?rc o holders
print(len(holders), holders[0] is o)
del holders  # ?rc o
stats = {"count": 1, "total": 99.5}  # ?rc stats
print(gc.is_tracked(stats), gc.is_tracked(book.by_id))
stats["last"] = o  # ?rc o stats
print(gc.is_tracked(stats))
del stats["last"]  # ?rc o
book.remove(1001)  # ?rc o -- still in the audit tuple
print(sys.getrefcount(o))
trail = book.audit  # ?rc trail
print(gc.get_referents(trail)[0] is o, sys.getrefcount(o))
book.audit = ()  # ?rc trail o
del trail  # ?rc o
refs = gc.get_referents(o)  # ?rc refs
print(len(refs), gc.is_tracked(o), sys.getrefcount(o))
