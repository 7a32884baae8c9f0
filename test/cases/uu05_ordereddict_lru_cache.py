# Theme: a small LRU cache of parsed records kept in an OrderedDict:
# move_to_end on a hit, popitem(last=False) to evict, pop with a default.
from collections import OrderedDict


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        rec = self.data.get(key)
        if rec is not None:
            self.data.move_to_end(key)  # ?rc rec
        return rec

    def put(self, rec):
        self.data[rec.key] = rec
        self.data.move_to_end(rec.key)
        if len(self.data) > self.size:
            old_key, old = self.data.popitem(last=False)  # ?rc old
            return old
        return None


cache = LRU(3)  # ?rc cache
recs_default = Record("missing row", [])  # ?rc recs_default
recs = [Record("row %d" % i, [i * 1.5]) for i in range(5)]  # ?rc recs
a, b = recs[0], recs[1]  # ?rc a b
evicted = [cache.put(r) for r in recs[:3]]  # ?rc evicted a
hit = cache.get("row 0")  # ?rc hit a
spill = cache.put(recs[3])  # ?rc spill b
del recs  # ?rc a b spill
spill = None  # ?rc b
newest = next(reversed(cache.data))  # ?rc newest
dropped = cache.data.pop("row 9", recs_default)  # ?rc dropped
taken = cache.data.pop("row 0")  # ?rc taken a
snapshot = list(cache.data.values())  # ?rc snapshot
del cache  # ?rc a hit
print(newest, len(snapshot), taken.payload)
