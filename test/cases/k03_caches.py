# Caches: a plain dict cache keeps values alive, functools.lru_cache keeps
# arguments and results, WeakValueDictionary lets values go.
import functools
import gc
import weakref


class Record:
    def __init__(self, key):
        self.key = key
        self.payload = [key] * 3


class Repository:
    def __init__(self):
        self._cache = {}

    def get(self, key):
        rec = self._cache.get(key)
        if rec is None:
            rec = Record(key)  # ?rc rec
            self._cache[key] = rec  # ?rc rec
        return rec

    def evict(self, key):
        self._cache.pop(key, None)


repo = Repository()
r1 = repo.get("user 1")  # ?rc r1
r1b = repo.get("user 1")  # ?rc r1 r1b
repo.evict("user 1")  # ?rc r1
del r1b  # ?rc r1


@functools.lru_cache(maxsize=4)
def parse(text):
    return text.split(",")


line = "a,b,c d"  # ?rc line
parts = parse(line)  # ?rc line parts
parts2 = parse(line)  # ?rc parts parts2
del parts2  # ?rc parts
parse.cache_clear()  # ?rc line parts

wcache = weakref.WeakValueDictionary()
obj = Record("weak one")  # ?rc obj
wcache["w"] = obj  # ?rc obj
got = wcache.get("w")  # ?rc obj got
del got  # ?rc obj
del obj
left = len(wcache)  # ?rc left
print(gc.collect())


class Config:
    def __init__(self, raw):
        self.raw = raw

    @functools.lru_cache(maxsize=None)
    def lookup(self, key):
        return self.raw.get(key)


cfg = Config({"timeout": 2.5})  # ?rc cfg
val = cfg.lookup("timeout")  # ?rc cfg val
val2 = cfg.lookup("timeout")  # ?rc cfg val
del cfg
print(gc.collect())  # lru_cache keeps cfg alive, no cycle either way
Config.lookup.cache_clear()
print(gc.collect())
