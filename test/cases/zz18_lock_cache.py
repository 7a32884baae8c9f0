# Theme: an async cache with a per-key asyncio.Lock: concurrent lookups of
# the same key compute the Entry once, later ones reuse the stored object.
import asyncio


class Entry:
    def __init__(self, key):
        self.key = key
        self.value = [key, "computed value"]


class Cache:
    def __init__(self):
        self.locks = {}
        self.data = {}
        self.misses = 0

    async def get(self, key):
        lock = self.locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self.data:
                await asyncio.sleep(0)
                self.misses += 1
                self.data[key] = Entry(key)
            entry = self.data[key]  # ?rc entry
        return entry


async def main():
    cache = Cache()  # ?rc cache
    got = await asyncio.gather(cache.get("user:1"), cache.get("user:1"), cache.get("user:2"))  # ?rc got cache
    e1 = got[0]  # ?rc e1
    del got  # ?rc e1
    lock1 = cache.locks["user:1"]  # ?rc lock1
    again = await cache.get("user:1")  # ?rc again
    return cache


cache = asyncio.run(main())  # ?rc cache
e1 = cache.data["user:1"]  # ?rc e1
val = e1.value  # ?rc val
cache.data.clear()  # ?rc e1 val
