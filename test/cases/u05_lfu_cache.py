# Theme: an LFU cache. Each use moves an entry from its frequency bucket
# (a list) into the next one; eviction removes the oldest entry of the
# lowest frequency. Entries point at their bucket list and back: cycles.
import gc

class Entry:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.freq = 1
        self.bucket = None

class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}
        self.buckets = {}

    def _place(self, entry):
        bucket = self.buckets.setdefault(entry.freq, [])
        bucket.append(entry)
        entry.bucket = bucket  # ?rc entry bucket

    def _touch(self, entry):
        entry.bucket.remove(entry)
        if not entry.bucket:
            del self.buckets[entry.freq]
        entry.freq += 1
        self._place(entry)

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return None
        self._touch(entry)
        return entry.value

    def put(self, key, value):
        if key in self.entries:
            entry = self.entries[key]
            entry.value = value
            self._touch(entry)
            return
        if len(self.entries) >= self.capacity:
            low = min(self.buckets)
            victim = self.buckets[low].pop(0)  # ?rc victim
            if not self.buckets[low]:
                del self.buckets[low]
            del self.entries[victim.key]
            victim.bucket = None  # ?rc victim
        entry = Entry(key, value)
        self.entries[key] = entry
        self._place(entry)

cache = LFUCache(2)  # ?rc cache
rows = [[n * 0.5] for n in range(4)]
cache.put("row one", rows[0])
cache.put("row two", rows[1])
hot = cache.get("row one")  # ?rc hot
cache.put("row three", rows[2])  # evicts "row two"
two = rows[1]  # ?rc two
three = rows[2]  # ?rc three
cache.put("row three", rows[3])  # ?rc three
print(sorted(cache.buckets), cache.get("row two"), gc.collect())
snapshot = dict(cache.entries)  # ?rc snapshot
first_entry = snapshot["row one"]  # ?rc first_entry
del snapshot  # ?rc first_entry
del first_entry, hot, cache  # entries <-> bucket lists
print(gc.collect())
last = rows[3]  # ?rc last
