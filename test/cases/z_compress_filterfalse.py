# Theme: itertools.compress / filterfalse give the selected items themselves and hold their iterators until freed
from itertools import compress, filterfalse
a, b = [1.5], [2.5]
items = [a, b]
it = compress(items, [True, False])  # ?rc a items it
x = next(it)  # ?rc a items x
picked = list(it)  # ?rc a b items picked
del it, x  # ?rc a items
f = filterfalse(len, items)  # ?rc a items
e = list(f)  # ?rc a items e
g = list(filterfalse(None, [a, [], b, 0]))  # ?rc a g
