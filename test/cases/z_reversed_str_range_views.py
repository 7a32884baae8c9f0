# reversed() over a str, a range and dict views: the items, and dict deletions with them.
import gc
d = {"n": 1.5, "e": 2.5}  # ?rc d
for ch in reversed("en"):
    v = d[ch]  # ?rc v
    del d[ch]
    seen = d  # ?rc seen
e = {1: [1.5], 2: [2.5]}
for k in reversed(range(1, 3)):
    x = e.pop(k)  # ?rc x
vals = {"a": [1], "b": [2]}
for w in reversed(vals.values()):
    y = w  # ?rc y w
for kk in reversed(vals.keys()):
    z = kk  # ?rc z
items = [[0], [1], [2], [3]]
for i in reversed(range(len(items))):
    if i % 2:
        del items[i]
left = items  # ?rc left
r = list(reversed(range(10, 0, -3)))  # ?rc r
print(r, gc.collect())
