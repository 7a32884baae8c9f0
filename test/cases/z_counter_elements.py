# Theme: Counter.elements() yields the key objects themselves, count times, through chain(starmap(repeat, items()))
from collections import Counter
k = "sku %d" % 7
j = "sku %d" % 8
c = Counter({k: 2, j: -1})  # ?rc k j c
it = c.elements()  # ?rc k c
x = next(it)  # ?rc k c x
rest = list(it)  # ?rc k j c rest
del it  # ?rc k c
picks = list(Counter({k: 3}).elements())  # ?rc k picks
del picks, rest, x  # ?rc k
