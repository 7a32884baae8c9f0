# Looking at the collector: sys.getrefcount, gc.get_referrers and
# gc.get_referents counts, gc.disable with manual collection, gc.freeze.
import gc
import sys


class Blob:
    pass


gc.collect()
x = Blob()  # ?rc x
print(sys.getrefcount(x))
holder = [x, x]  # ?rc x
print(sys.getrefcount(x))
print(len(gc.get_referents(holder)))
d = {"k": x}  # ?rc x d
print(len(gc.get_referrers(d)))
print(sys.getrefcount(d))


def count_inside(obj):
    n = sys.getrefcount(obj)
    tmp = obj  # ?rc obj tmp
    m = sys.getrefcount(obj)
    return m - n


print(count_inside(x))
gc.disable()
print(gc.isenabled())
for i in range(5):
    c = Blob()  # ?rc c
    c.me = c  # ?rc c
del c
print(gc.collect())  # five self-cycles
ring = [Blob() for _ in range(3)]  # ?rc ring
for i in range(3):
    ring[i].next = ring[(i + 1) % 3]
r0 = ring[0]  # ?rc r0
del ring  # ?rc r0
print(gc.collect(0))
del r0
print(gc.collect())  # three instances in a ring
gc.freeze()
print(gc.get_freeze_count() > 0)
kept = Blob()
kept.me = kept  # ?rc kept
del kept
print(gc.collect())  # not frozen: collected
gc.unfreeze()
print(gc.collect())
lst = [1.5]
lst.append(lst)  # ?rc lst
refs = gc.get_referents(lst)  # ?rc refs lst
print(len(refs))
del refs
del lst
print(gc.collect())
