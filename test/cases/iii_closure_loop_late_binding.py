# Theme: closures made in a loop share one cell (late binding); the cell
# holds the last value, earlier values are freed when rebound.
import gc
import sys


class V:
    pass


def make_all(vals):
    fns = []
    for v in vals:
        fns.append(lambda: v)
    return fns


a, b, c = V(), V(), V()  # ?rc a b c
fns = make_all([a, b, c])  # ?rc a b c fns
r = fns[0]()  # ?rc r c
cell = fns[1].__closure__[0]  # ?rc cell
print(sys.getrefcount(c))
del fns  # ?rc cell c
del cell, r  # ?rc c
print(gc.collect())
