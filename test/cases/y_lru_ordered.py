# Theme: an LRU cache class on OrderedDict, with stats in a dataclass, a
# peek that does not reorder, and eviction into a callback list.
import gc
import sys
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evicted: list = field(default_factory=list)


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.store = OrderedDict()
        self.stats = Stats()

    def get(self, key, default=None):
        try:
            value = self.store[key]
        except KeyError:
            self.stats.misses += 1
            return default
        self.store.move_to_end(key)
        self.stats.hits += 1
        return value

    def put(self, key, value):
        self.store[key] = value
        self.store.move_to_end(key)
        while len(self.store) > self.capacity:
            k, v = self.store.popitem(last=False)
            self.stats.evicted.append(v)  # ?rc v

    def peek(self, key):
        return self.store.get(key)


cache = LRUCache(2)  # ?rc cache
page_a = ["page", "a"] * 3  # ?rc page_a
page_b = {"title": "b page!", "size": 2.5}  # ?rc page_b
page_c = (1.5, 2.5, page_a)  # ?rc page_c page_a
cache.put("a", page_a)  # ?rc page_a
cache.put("b", page_b)  # ?rc page_b
got = cache.get("a")  # ?rc got page_a
cache.put("c", page_c)  # ?rc page_b page_c
missing = cache.get("b")  # ?rc page_b
seen = cache.peek("c")  # ?rc seen
stats = cache.stats  # ?rc stats
evicted = stats.evicted  # ?rc evicted
print(sys.getrefcount(page_b), stats.hits, stats.misses)
del cache  # ?rc stats page_a page_c
evicted.clear()  # ?rc page_b
del got, seen  # ?rc page_a page_c
print(gc.collect())
