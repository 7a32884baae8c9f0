# Theme: a least-recently-used cache on OrderedDict with an eviction hook
# that records evicted values, hit/miss counters, and a cache whose loader
# is a bound method of the object owning the cache (a cycle).
import gc
import sys
from collections import OrderedDict


class Blob:
    def __init__(self, size):
        self.size = size


class LRU:
    def __init__(self, capacity, loader):
        self.capacity = capacity
        self.loader = loader
        self.data = OrderedDict()
        self.evicted = []

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            hit = self.data[key]  # ?rc hit
            return hit
        value = self.loader(key)
        self.data[key] = value  # ?rc value
        if len(self.data) > self.capacity:
            old_key, old = self.data.popitem(last=False)
            self.evicted.append(old)  # ?rc old
        return value


def load(key):
    return Blob(key * 1.5)


cache = LRU(2, load)  # ?rc cache
b1 = cache.get(1)  # ?rc b1
b1_again = cache.get(1)  # ?rc b1
b2 = cache.get(2)  # ?rc b2
b3 = cache.get(3)  # ?rc b1 b3 -- b1 is evicted into the list
print(sys.getrefcount(b2))
cache.evicted.clear()  # ?rc b1
del b1_again  # ?rc b1


class Service:
    def __init__(self):
        self.cache = LRU(4, self.fetch)  # ?rc self

    def fetch(self, key):
        return [key]


gc.collect()
svc = Service()  # ?rc svc
item = svc.cache.get(7)  # ?rc item
del svc
print(gc.collect())  # service, bound method, LRU, OrderedDict, list, evicted list
del cache  # ?rc b2 b3
