# A bounded lru_cache keeps keys and results in list links that are not GC
# objects, yet the wrapper's tp_traverse visits them: a result or key that
# leads back to the wrapper is cyclic garbage gc.collect() finds. Also the
# per-instance cache over a bound method.
import gc
from functools import lru_cache


class Node:
    pass


def identity(x):
    return x


k = Node()  # ?rc k
k.f = lru_cache(maxsize=2)(identity)  # ?rc k
got = k.f(k)  # ?rc got k
del got, k
print(gc.collect())  # Node, wrapper, __dict__, key tuple, cache dict, lambda, tuple, 2 cells
j = Node()
j.f = lru_cache(maxsize=1)(identity)
first = j.f(j)  # ?rc first j
other = j.f(2.5)  # ?rc j -- the first entry is evicted
del first, other, j
print(gc.collect())  # 0: no cycle is left through the cache, all was freed by del


class Geocoder:
    def __init__(self):
        self.lookup = lru_cache(maxsize=4)(self._lookup)

    def _lookup(self, city):
        return [city, 1.5]


geo = Geocoder()  # ?rc geo
hit = geo.lookup("new york")  # ?rc hit geo
again = geo.lookup("new york")  # ?rc again hit
geo.lookup.cache_clear()  # ?rc hit
del again, hit  # ?rc geo
del geo
print(gc.collect())  # Geocoder, wrapper, __dict__, bound method, lambda, tuple, 2 cells
