# Image-like resource cache backed by WeakValueDictionary, with a strong LRU list.
import weakref
import gc


class Resource:
    def __init__(self, key, size):
        self.key = key
        self.data = [0.5] * size

    def __repr__(self):
        return f"Resource({self.key!r})"


class Cache:
    def __init__(self, keep=2):
        self.table = weakref.WeakValueDictionary()
        self.recent = []
        self.keep = keep
        self.loads = 0

    def get(self, key):
        res = self.table.get(key)  # ?rc res
        if res is None:
            res = Resource(key, 4)  # ?rc res
            self.table[key] = res  # ?rc res
            self.loads += 1
        self.recent.append(res)  # ?rc res
        if len(self.recent) > self.keep:
            old = self.recent.pop(0)  # ?rc old
        return res


cache = Cache()
r1 = cache.get("texture one")  # ?rc r1
r1b = cache.get("texture one")  # ?rc r1
r2 = cache.get("texture two")  # ?rc r2
r3 = cache.get("texture three")  # ?rc r1 r3
del r1b  # ?rc r1
del r1
print(cache.loads, len(cache.table))
r4 = cache.get("texture one")  # ?rc r4
ref = weakref.ref(r4)  # ?rc r4
keys = list(cache.table.keys())  # ?rc keys
vals = list(cache.table.values())  # ?rc vals r2
del vals  # ?rc r2
cache.recent.clear()  # ?rc r2 r3 r4
del r2
n = gc.collect()
print(cache.loads, sorted(keys), n, ref() is r4)
