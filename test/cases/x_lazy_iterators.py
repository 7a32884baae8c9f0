# Lazy iterator objects keep their sources alive: map, filter, zip, enumerate,
# reversed and dict views hold references until exhausted or dropped.
import sys


class Item:
    def __init__(self, n):
        self.n = n


items = [Item(i) for i in range(4)]  # ?rc items
first = items[0]  # ?rc first
m = map(lambda it: it.n, items)  # ?rc items m
f = filter(None, items)  # ?rc items f
z = zip(items, items)  # ?rc items z
e = enumerate(items)  # ?rc items e
r = reversed(items)  # ?rc items r
pair = next(z)  # ?rc pair first
idx, obj = next(e)  # ?rc obj first
got = next(f)  # ?rc got first
back = next(r)  # ?rc back
del m, f, z, e, r  # ?rc items first
table = {it.n: it for it in items}  # ?rc table first
vals = table.values()  # ?rc vals table
vit = iter(vals)  # ?rc vit table
v0 = next(vit)  # ?rc v0 first
keys = list(table.keys())  # ?rc keys
total = sum(it.n for it in items)  # ?rc items
best = max(items, key=lambda it: it.n)  # ?rc best
print(sys.getrefcount(first))
anyone = any(it.n > 2 for it in items)  # ?rc anyone
