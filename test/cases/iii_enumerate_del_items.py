# Theme: enumerate over a list while deleting other entries by index; the
# enumerate object holds the list iterator and the current tuple.
import sys


class It:
    pass


items = [It() for _ in range(5)]  # ?rc items
i0, i4 = items[0], items[4]  # ?rc i0 i4
en = enumerate(items)  # ?rc items en
idx, cur = next(en)  # ?rc cur i0
del items[3:]  # ?rc i4
rest = list(en)  # ?rc rest
print(sys.getrefcount(i0))
for k, v in enumerate(reversed(items)):
    last = v  # ?rc v
del v, last, cur  # ?rc i0
del rest, en  # ?rc items
