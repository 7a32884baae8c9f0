# In-memory key-value store with size-bounded eviction (oldest first) and snapshots.
import gc
import copy


class Entry:
    __slots__ = ("key", "value", "version")

    def __init__(self, key, value, version):
        self.key = key
        self.value = value  # ?rc value
        self.version = version


class Store:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.order = []
        self.version = 0
        self.snapshots = []  # ?rc self

    def put(self, key, value):
        self.version += 1
        if key in self.data:
            self.order.remove(key)
        entry = Entry(key, value, self.version)  # ?rc entry value
        self.data[key] = entry
        self.order.append(key)  # ?rc entry
        while len(self.order) > self.capacity:
            oldest = self.order.pop(0)
            evicted = self.data.pop(oldest)  # ?rc evicted
            del evicted

    def get(self, key, default=None):
        entry = self.data.get(key)
        if entry is None:
            return default
        found = entry.value  # ?rc found entry
        return found

    def snapshot(self):
        snap = {k: e.value for k, e in self.data.items()}  # ?rc snap
        self.snapshots.append(snap)
        return len(self.snapshots) - 1

    def restore(self, index):
        snap = self.snapshots[index]  # ?rc snap
        self.data.clear()
        self.order.clear()
        for k, v in snap.items():
            self.put(k, v)


def fill(store, prefix, count):
    payloads = []
    for i in range(count):
        payload = [prefix, i * 1.5]
        store.put(prefix + "-" + str(i), payload)
        payloads.append(payload)
    return payloads


store = Store(3)  # ?rc store
blob = {"name": "config blob", "size": 10 ** 6}  # ?rc blob
store.put("blob key", blob)  # ?rc blob
got = store.get("blob key")  # ?rc got blob
first = store.snapshot()
payloads = fill(store, "row", 4)  # ?rc payloads
p0 = payloads[0]  # ?rc p0
p3 = payloads[3]  # ?rc p3
del got  # ?rc blob
second = store.snapshot()
store.restore(first)  # ?rc blob p3
deep = copy.deepcopy(store.snapshots)  # ?rc deep
print(sorted(store.data), len(deep))
store.snapshots.clear()  # ?rc blob p3
del deep
n = gc.collect()
store.data["self ref"] = Entry("self ref", store, 99)  # ?rc store
del store  # ?rc blob
n = gc.collect()
print(n)
del payloads  # ?rc p0 p3
n = gc.collect()
