# LRU cache class on OrderedDict, compared with functools.lru_cache on the same workload.
import gc
import functools
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0  # ?rc self

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.data.move_to_end(key)
        self.hits += 1
        value = self.data[key]  # ?rc value
        return value

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old_key, old_value = self.data.popitem(last=False)  # ?rc old_value
            del old_value


def memoize(cache):
    def deco(fn):
        def wrapped(arg):
            hit = cache.get(arg)
            if hit is not None:
                return hit
            result = fn(arg)
            cache.put(arg, result)  # ?rc result
            return result
        return wrapped
    return deco


mine = LRUCache(3)  # ?rc mine


@memoize(mine)
def expand(word):
    parts = [word.upper(), word[::-1], word * 2]
    return parts


@functools.lru_cache(maxsize=3)
def expand_std(word):
    parts = [word.upper(), word[::-1], word * 2]  # ?rc parts
    return parts


workload = ["red apple", "green pear", "red apple", "blue plum", "black fig", "green pear", "red apple"]
mine_results = [expand(w) for w in workload]  # ?rc mine_results
std_results = [expand_std(w) for w in workload]  # ?rc std_results
first_mine = mine_results[0]  # ?rc first_mine
first_std = std_results[0]  # ?rc first_std
info = expand_std.cache_info()  # ?rc info
print(mine.hits, mine.misses, info.hits, info.misses)
oldest = mine.get("blue plum")  # ?rc oldest
same = mine_results[-1]  # ?rc same first_mine
del mine_results  # ?rc first_mine
del std_results  # ?rc first_std
expand_std.cache_clear()  # ?rc first_std
keys = list(mine.data)  # ?rc keys
values = list(mine.data.values())  # ?rc values first_mine
mine.data["me"] = mine  # ?rc mine
n = gc.collect()
del mine  # ?rc values
n = gc.collect()
del values, keys  # ?rc first_mine
n = gc.collect()
print(n)
