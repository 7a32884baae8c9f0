# Theme: dict views keep their dict alive; iterating a view, and values
# shared between two dicts.
import sys


class V:
    pass


v1, v2 = V(), V()  # ?rc v1 v2
d = {"alpha key": v1, "beta key": v2}  # ?rc d v1
keys = d.keys()  # ?rc d keys
vals = d.values()  # ?rc d vals
items = d.items()  # ?rc d items
e = dict(d)  # ?rc v1 v2 e
lst = list(vals)  # ?rc v1 lst
for k, v in items:
    w = v  # ?rc w
del w, v  # ?rc v1 v2
print(sys.getrefcount(d))
del d  # ?rc keys vals
d2 = keys.mapping  # ?rc d2
e.pop("alpha key")  # ?rc v1
lst.clear()  # ?rc v1
del keys, vals, items, d2  # ?rc v1
