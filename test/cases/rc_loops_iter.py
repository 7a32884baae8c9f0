# Theme: what for-loops hold while they run: the iterator and the current item.
class Q:
    pass

q = Q()
items = [q, q]  # ?rc q
for x in items:
    inside = q  # ?rc q x inside
del x, inside  # ?rc q
for i, y in enumerate(items):
    here = y  # ?rc q
del y, here
for a, b in zip(items, items):
    pass  # ?rc q
del a, b  # ?rc q
total = [z for z in items]  # ?rc q total
it = iter(items)
first = next(it)  # ?rc q first items
del it  # ?rc items
