# Theme: cycles through tuples, sets and frozensets holding instances.
import gc

gc.collect()

class H:
    pass

h = H()
h.t = (h, 1.5)
del h
print(gc.collect())
s = H()
s.group = {s}
del s
print(gc.collect())
f = H()
f.fs = frozenset([f])
del f
print(gc.collect())
pair = [None]
pair[0] = (pair,)
del pair
print(gc.collect())
