# Application: memoised computations: a hand-written dict cache decorator,
# functools.lru_cache and functools.cache, and a method-level cache.
import functools
import gc
import sys


def memo(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        value = cache[args]  # ?rc value
        return value
    wrapper.cache = cache
    return wrapper


@memo
def path_count(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return path_count(rows - 1, cols) + path_count(rows, cols - 1)


@functools.lru_cache(maxsize=4)
def label_for(n):
    return "item #" + str(n)


@functools.cache
def squares(n):
    return [i * i for i in range(n)]


class Pricing:
    def __init__(self, base):
        self.base = base
        self._cache = {}

    def price(self, qty):
        if qty not in self._cache:
            self._cache[qty] = self.base * qty * 0.95
        return self._cache[qty]


paths = path_count(6, 6)  # ?rc paths
cache = path_count.cache  # ?rc cache
big = path_count(12, 12)  # ?rc big
lab = label_for(3)  # ?rc lab
lab2 = label_for(3)  # ?rc lab lab2
for n in range(6):
    label_for(n)
print(label_for.cache_info())
lab3 = label_for(3)  # ?rc lab lab3
sq = squares(5)  # ?rc sq
sq2 = squares(5)  # ?rc sq
pr = Pricing(4.25)  # ?rc pr
p1 = pr.price(10)  # ?rc p1
p2 = pr.price(10)  # ?rc p1
bound = pr.price  # ?rc bound pr
pr._cache["fn"] = bound  # ?rc bound pr
print(sys.getrefcount(pr), sys.getrefcount(sq))
squares.cache_clear()  # ?rc sq
label_for.cache_clear()  # ?rc lab
del bound, pr  # ?rc p1
print(gc.collect())
