# Theme: gc.get_referents(instance) lists its attribute values and its class, not the instance
import gc
import sys
class Order:
    def __init__(self, total, items):
        self.total = total
        self.items = items
class Rush(Order):
    pass
items = ["a", "b"]
o = Order(99.5, items)
refs = gc.get_referents(o)  # ?rc refs o items Order
print(sys.getrefcount(o), len(refs))
r = Rush(1.5, items)
refs2 = gc.get_referents(r)  # ?rc refs2 r items
del refs, refs2  # ?rc items o r
print(gc.collect())
