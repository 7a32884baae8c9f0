# Theme: an LRU cache built from a dict plus a doubly linked list of entry
# objects (the classic OrderedDict replacement). Evicted entries are
# unlinked, so only clear() without unlinking leaves cycles behind.
import gc
import pickle


class Entry:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.root = Entry(None, None)
        self.root.prev = self.root.next = self.root

    def put(self, key, value):
        e = Entry(key, value)
        last = self.root.prev
        last.next = e
        e.prev, e.next = last, self.root
        self.root.prev = e
        self.map[key] = e
        if len(self.map) > self.capacity:
            old = self.root.next
            old.prev.next, old.next.prev = old.next, old.prev
            old.prev = old.next = None
            del self.map[old.key]
            return old.value
        return None


gc.collect()
cache = LRU(2)  # ?rc cache
v1, v2, v3 = [1.25], [2.25], [3.25]
cache.put("k1", v1)  # ?rc v1
cache.put("k2", v2)  # ?rc v1 v2
evicted = cache.put("k3", v3)  # ?rc v1 evicted v3
print(gc.collect())  # the evicted entry was unlinked: freed by refcount
snap = pickle.loads(pickle.dumps(cache))  # ?rc snap -- a deep, cyclic copy
del snap
print(gc.collect())  # the copy's ring: 3 entries + 2 value lists
del evicted  # ?rc v1
root = cache.root  # ?rc root
cache.map.clear()  # ?rc v2 v3 root
del cache  # ?rc root
print(gc.collect())  # nothing: root still named
del root
print(gc.collect())  # root entry and two linked entries
