# Theme: an LRU cache written as a subclass of OrderedDict, the way leak
# hunters write it: __getitem__ / __setitem__ overridden with super(),
# move_to_end on a hit, eviction of the oldest entry through del self[...].
import gc
from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, maxsize=128, *a, **kw):
        self.maxsize = maxsize
        super().__init__(*a, **kw)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


class Image:
    def __init__(self, path):
        self.path = path
        self.pixels = [0.5] * 4


cache = LRU(2)  # ?rc cache
a = Image("a.png (thumb)")  # ?rc a
b = Image("b.png (thumb)")  # ?rc b
c = Image("c.png (thumb)")  # ?rc c
cache["a key!"] = a  # ?rc a cache
cache["b key!"] = b  # ?rc a b
hit = cache["a key!"]  # ?rc a hit
cache["c key!"] = c  # ?rc a b c
print(list(cache))
n = len(cache)
del hit
evicted_keys = []
for name in ["d key!", "e key!"]:
    img = Image(name)  # ?rc img
    cache[name] = img  # ?rc img
print(list(cache), gc.collect())
del a, b, c, img
print(gc.collect())
cache.clear()  # ?rc cache
print(gc.collect())
