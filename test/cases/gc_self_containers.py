# Theme: self-referencing containers of several kinds, and a cycle broken
# with clear() before collecting.
import gc
import sys

gc.collect()
a = []
a.append(a)
a.append([a])  # ?rc a
print(sys.getrefcount(a))
del a
print(gc.collect())  # two lists
d = {"k": []}
d["k"].append(d)  # ?rc d
d["self"] = d  # ?rc d
d.clear()  # ?rc d
del d
print(gc.collect())  # nothing: the cycle was cleared
class H:
    pass


s = set()
h = H()
h.owner = s
s.add(h)  # ?rc s h
del s, h
print(gc.collect())  # set and instance
pair = [[], []]
pair[0].append(pair[1])
pair[1].append(pair[0])
del pair
print(gc.collect())  # the two inner lists
