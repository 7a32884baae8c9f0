# Theme: an LRU cache warmed from saved entries: the items given to the
# constructor already go through the bounded __setitem__ (the oldest is
# evicted during __init__), update() and setdefault() do too, and copy()
# reads through the recency-moving __getitem__, which moves each key it
# copies to the end, so CPython's copy loop stops after the first one.
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


class Thumb:
    def __init__(self, path):
        self.path = path
        self.data = bytearray(16)


a = Thumb("a.png (64px)")
b = Thumb("b.png (64px)")
c = Thumb("c.png (64px)")
saved = [("a.png", a), ("b.png", b), ("c.png", c)]
cache = LRU(2, saved)  # ?rc cache a b c
del saved  # ?rc a b c
index = LRU(2, {"a.png": a, "b.png": b})  # ?rc index a b
index.update({"c.png": c})  # ?rc a b c
got = index.setdefault("b.png", a)  # ?rc got a b
clone = index.copy()  # ?rc clone a b c
size = len(clone)
print(size, list(clone), list(index))
del got, clone
print(gc.collect())  # ?rc a b c
cache["loop"] = cache
del cache, index
print(gc.collect())  # ?rc a b c
