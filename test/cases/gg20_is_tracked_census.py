# Theme: gc.is_tracked as a diagnostic. Atomic values are never tracked,
# dicts of atomic values are untracked until a container is stored in them,
# tuples are untracked lazily by a collection. Only tracked objects can ever
# be part of a leak through a cycle.
import gc
import sys

gc.collect()
row = (1.5, 2.5, "text value!")  # ?rc row
made = tuple([3.5, 4.5])  # ?rc made
print(gc.is_tracked(row), gc.is_tracked(made))
gc.collect()
print(gc.is_tracked(made))
settings = {"depth": 3, "ratio": 0.75}  # ?rc settings
print(gc.is_tracked(settings))
settings["items"] = []  # ?rc settings
print(gc.is_tracked(settings))
del settings["items"]
print(gc.is_tracked(settings))  # stays tracked after removal
nest = [settings, row, made]  # ?rc nest settings made
holder = (nest,)  # ?rc holder nest
gc.collect()
print(gc.is_tracked(holder))
nest.append(holder)  # ?rc holder nest
del nest, holder
print(gc.collect())  # the list and the tuple
pay = {"amount": 2.5 * 4}  # ?rc pay
pay["self"] = pay  # ?rc pay
print(gc.is_tracked(pay))
del pay
print(gc.collect())
s = frozenset({2.5, 3.5})  # ?rc s
t = (s, s)  # ?rc s t
print(gc.is_tracked(s), gc.is_tracked(t))
del t  # ?rc s
print(sys.getrefcount(s), gc.collect())
