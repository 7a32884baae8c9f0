# sys.getrefcount in many positions: attributes, items, method arguments, temporaries.
import sys
import gc


class Holder:
    def __init__(self, thing):
        self.thing = thing

    def measure(self):
        return sys.getrefcount(self.thing)

    def measure_self(self):
        return sys.getrefcount(self)


obj = [1.5]
h = Holder(obj)
print(sys.getrefcount(obj))
print(sys.getrefcount(h.thing))
print(h.measure())
print(h.measure_self())
items = [obj, obj]
print(sys.getrefcount(items[0]))
print(sys.getrefcount([obj]))
d = {"k": obj}
print(sys.getrefcount(d["k"]))
tmp = sys.getrefcount(obj) + sys.getrefcount(h)
print(tmp)
del items, d
print(sys.getrefcount(obj))
gen = (x for x in [obj])
print(sys.getrefcount(obj))
nxt = next(gen)
print(sys.getrefcount(obj))
del gen, nxt
print(sys.getrefcount(obj))
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
print(gc.collect())
