# Theme: a time-to-live cache in front of a slow loader: entries are
# __slots__ objects in an OrderedDict (least recently used first), a fake
# clock drives expiry, eviction listeners receive the evicted values, and a
# stats dict counts hits and misses.
from collections import OrderedDict


class Entry:
    __slots__ = ("value", "expires")

    def __init__(self, value, expires):
        self.value, self.expires = value, expires


class TTLCache:
    def __init__(self, loader, clock, ttl, max_size):
        self.loader, self.clock, self.ttl, self.max_size = loader, clock, ttl, max_size
        self.data = OrderedDict()
        self.listeners = []
        self.stats = {"hit": 0, "miss": 0}

    def _evict(self, key):
        entry = self.data.pop(key)
        for listener in self.listeners:
            listener(key, entry.value)

    def get(self, key):
        entry = self.data.get(key)
        if entry is not None and entry.expires > self.clock[0]:
            self.stats["hit"] += 1
            self.data.move_to_end(key)
            return entry.value
        if entry is not None:
            self._evict(key)
        self.stats["miss"] += 1
        value = self.loader(key)
        self.data[key] = Entry(value, self.clock[0] + self.ttl)
        if len(self.data) > self.max_size:
            self._evict(next(iter(self.data)))
        return value


def load_profile(user_id):
    return {"id": user_id, "tags": [f"t{user_id}", f"u{user_id * 7}"]}


clock = [100.0]
evicted = []
cache = TTLCache(load_profile, clock, ttl=30.0, max_size=2)  # ?rc cache
cache.listeners.append(lambda key, value: evicted.append(value))
p1 = cache.get(1)  # ?rc p1
again = cache.get(1)  # ?rc p1 again
p2 = cache.get(2)  # ?rc p2
p3 = cache.get(3)  # ?rc p3 p1 p2
del again  # ?rc p1
clock[0] += 45.0
p2b = cache.get(2)  # ?rc p2 p2b
entry = cache.data[2]  # ?rc entry p2b
print(cache.stats, len(evicted), [e["id"] for e in evicted])
tags = p2["tags"]  # ?rc tags
evicted.clear()  # ?rc p1 p2
stats = cache.stats  # ?rc stats
del cache  # ?rc stats entry p2b
