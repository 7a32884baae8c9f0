# Theme: a TTL cache whose cleanup iterates d.items() and pops expired
# entries; the first pop makes the next step raise RuntimeError. The caller
# catches it and retries over list(d.items()).
import gc


class Entry:
    def __init__(self, value, ttl):
        self.value = value
        self.ttl = ttl


class TTLCache:
    def __init__(self):
        self.store = {}

    def put(self, key, value, ttl):
        self.store[key] = Entry(value, ttl)

    def cleanup(self, now):
        removed = 0
        for key, entry in self.store.items():
            if entry.ttl < now:
                self.store.pop(key)
                removed += 1
        return removed

    def cleanup_safe(self, now):
        removed = 0
        for key, entry in list(self.store.items()):
            if entry.ttl < now:
                del self.store[key]
                removed += 1
        return removed


cache = TTLCache()
cache.put("alpha", [1, 2], 5)
cache.put("beta", [3], 50)
cache.put("gamma", [4, 5, 6], 1)
cache.put("delta", [7], 2)
beta = cache.store["beta"]  # ?rc beta cache
try:
    n = cache.cleanup(10)
except RuntimeError as e:
    print("retrying:", e)  # ?rc e cache beta
    n = cache.cleanup_safe(10)
    last_error = e
print(n, sorted(cache.store))  # ?rc cache beta last_error
gc.collect()
tb = last_error.__traceback__  # ?rc tb last_error
del last_error
gc.collect()
del tb
gc.collect()
print(beta.value)  # ?rc beta
