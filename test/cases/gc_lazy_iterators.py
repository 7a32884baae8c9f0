# Theme: gc.collect() on objects that keep lazy iterators over themselves
# (a common "cursor" pattern): iter/map/zip/enumerate objects in cycles.
import gc


class Source:
    pass


gc.collect()
s = Source()
s.cursor = iter([s])  # ?rc s
del s
print(gc.collect())  # instance, list iterator, list
s = Source()
s.pairs = enumerate([s])  # ?rc s
del s
print(gc.collect())  # instance, enumerate, list iterator, list
s = Source()
s.ids = map(id, [s])  # ?rc s
del s
print(gc.collect())
s = Source()
s.zipped = zip([s], [0.5])  # ?rc s
del s
print(gc.collect())
