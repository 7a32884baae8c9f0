# A small LRU cache for parsed documents built on OrderedDict:
# move_to_end on hits, popitem(last=False) to evict the oldest entry.
from collections import OrderedDict


class Parsed:
    def __init__(self, text):
        self.fields = text.split(";")


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.evicted = []

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            value = self.data[key]  # ?rc value
            return value
        return None

    def put(self, key, value):
        self.data[key] = value  # ?rc value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old_key, old = self.data.popitem(last=False)  # ?rc old
            self.evicted.append(old)


cache = LRU(2)  # ?rc cache
p1 = Parsed("a;b;c")  # ?rc p1
p2 = Parsed("d;e")  # ?rc p2
p3 = Parsed("f")  # ?rc p3
cache.put("doc one", p1)  # ?rc p1
cache.put("doc two", p2)  # ?rc p2
hit = cache.get("doc one")  # ?rc hit
cache.put("doc three", p3)  # ?rc p2 p3
miss = cache.get("doc two")
order = list(cache.data)  # ?rc order
evicted = cache.evicted  # ?rc evicted p2
last_key, last_val = cache.data.popitem()  # ?rc last_val
del cache  # ?rc p1 p2 evicted
del evicted  # ?rc p2
print(order, hit.fields, miss, last_key)
