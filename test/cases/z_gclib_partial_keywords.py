# functools.partial keeps its keywords in a dict of its own: tracked when a value
# is a GC object (a builtin function such as abs), untracked for plain numbers.
import gc
import functools

pick = functools.partial(max, key=abs)
box = [pick]
box.append(box)
del box, pick
print(gc.collect())

scaled = functools.partial(round, ndigits=2)
box = [scaled]
box.append(box)
del box, scaled
print(gc.collect())

both = functools.partial(sorted, [3.5, 1.5], key=len, reverse=True)
box = [both]
box.append(box)
del box, both
print(gc.collect())

table = {"sum": sum, "len": len}
pair = (min, max)
print(gc.collect())
keep = [table, pair]
keep.append(keep)  # ?rc table pair
del keep, table, pair
print(gc.collect())
