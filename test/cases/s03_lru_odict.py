# Theme: an LRU cache on collections.OrderedDict, used to cache parsed
# configuration records. Eviction drops the least recently used record;
# statistics are kept in a small dict.
import gc
import sys
from collections import OrderedDict


class Record:
    def __init__(self, key, fields):
        self.key = key
        self.fields = fields


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.stats = {"hits": 0, "misses": 0, "evictions": 0}

    def get(self, key):
        if key not in self.data:
            self.stats["misses"] += 1
            return None
        self.data.move_to_end(key)
        value = self.data[key]  # ?rc value
        self.stats["hits"] += 1
        return value

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value  # ?rc value
        if len(self.data) > self.capacity:
            old_key, old_value = self.data.popitem(last=False)  # ?rc old_value
            self.stats["evictions"] += 1
            return old_value
        return None


def parse(line):
    key, _, rest = line.partition("=")
    fields = [f.strip() for f in rest.split(",")]  # ?rc fields
    return Record(key.strip(), fields)


lines = [
    "db host = localhost, 5432",
    "cache ttl = 30, 60",
    "log level = info, debug",
    "db host = example.org, 5433",
]
cache = LRUCache(2)  # ?rc cache
first = parse(lines[0])  # ?rc first
cache.put("db host", first)  # ?rc first
second = parse(lines[1])
cache.put("cache ttl", second)  # ?rc second
hit = cache.get("db host")  # ?rc hit first
third = parse(lines[2])
evicted = cache.put("log level", third)  # ?rc evicted second third
del second  # ?rc evicted
fields = evicted.fields  # ?rc fields
del evicted  # ?rc fields
miss = cache.get("cache ttl")
replacement = parse(lines[3])  # ?rc replacement
dropped = cache.put("db host", replacement)  # ?rc first replacement
del hit  # ?rc first
still = cache.get("db host")  # ?rc still replacement

snapshot = list(cache.data.values())  # ?rc snapshot third replacement
keys = list(cache.data)  # ?rc keys
print(keys, cache.stats)
ratio = cache.stats["hits"] / (cache.stats["hits"] + cache.stats["misses"])  # ?rc ratio
print(f"hit ratio {ratio:.3f}")
print("refs to the newest record:", sys.getrefcount(replacement))
del snapshot, still  # ?rc replacement third
cache.data.clear()  # ?rc replacement third
del cache
print(gc.collect())  # no cycles anywhere
