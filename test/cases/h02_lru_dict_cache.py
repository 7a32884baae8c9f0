# Theme: a hand-written cache backed by a dict that grows and is trimmed;
# values are evicted in insertion order, which keeps it deterministic.
import gc
import sys


class Blob:
    def __init__(self, key):
        self.key = key
        self.data = [key * 1.5] * 4


class Cache:
    def __init__(self, limit):
        self.limit = limit
        self.store = {}

    def get(self, key):
        if key in self.store:
            return self.store[key]
        blob = Blob(key)
        self.store[key] = blob
        if len(self.store) > self.limit:
            oldest = next(iter(self.store))
            evicted = self.store.pop(oldest)  # ?rc evicted
            del evicted
        return blob


gc.collect()
cache = Cache(3)  # ?rc cache
first = cache.get(1000)  # ?rc first
again = cache.get(1000)  # ?rc first again
del again  # ?rc first
second = cache.get(2000)  # ?rc second
third = cache.get(3000)  # ?rc third
store = cache.store  # ?rc store
fourth = cache.get(4000)  # ?rc first fourth -- first evicted, still ours
print(len(store))
print(sys.getrefcount(first))
del first
print(gc.collect())
values = list(store.values())  # ?rc values second third fourth
snapshot = dict(store)  # ?rc snapshot second
del values  # ?rc second
store.clear()  # ?rc second third snapshot
snapshot.clear()  # ?rc second
print(sys.getrefcount(second))
data = second.data  # ?rc data
del second  # ?rc data
print(gc.collect())
del third, fourth
print(gc.collect())
keys = [k * 10 for k in range(3)]  # ?rc keys
