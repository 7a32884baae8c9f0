# Theme: reversed(OrderedDict) gives the key objects and holds the key it gives next (di_current)
from collections import OrderedDict
k = "row %d" % 3
j = "row %d" % 4
v = [1.5]
od = OrderedDict()
od[k] = v
od[j] = v  # ?rc k j od
r = reversed(od)  # ?rc k j od
newest = next(r)  # ?rc k j od newest
rest = list(r)  # ?rc k j od rest
del r, rest
taken = od.pop(k)  # ?rc k j od taken
