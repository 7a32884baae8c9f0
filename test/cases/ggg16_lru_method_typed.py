# Theme: lru_cache on a method and with typed=True. A cached method keeps
# `self` in the cache keys, so the instance outlives its last name until the
# cache is cleared; typed caches keep 3 and 3.0 apart.
import functools
import gc


class Catalog:
    def __init__(self, name):
        self.name = name
        self.items = {"apple": 1.25, "pear": 2.75}

    @functools.lru_cache(maxsize=16)
    def price(self, item, qty):
        total = [self.items[item] * qty]
        return total


@functools.lru_cache(maxsize=8, typed=True)
def scale(x):
    return [x * 2]


shop = Catalog("corner shop")  # ?rc shop
p1 = shop.price("apple", 4)  # ?rc shop p1
p2 = shop.price("apple", 4)  # ?rc p1
p3 = shop.price("pear", 2)  # ?rc shop p3
info = Catalog.price.cache_info()  # ?rc info
items = shop.items  # ?rc items
del shop
print(gc.collect())  # nothing: still in the cache
Catalog.price.cache_clear()  # ?rc items p1 p3
del p2  # ?rc p1
s_int = scale(3)  # ?rc s_int
s_flt = scale(3.0)  # ?rc s_flt s_int
s_int2 = scale(3)  # ?rc s_int
print(scale.cache_info())
for v in (1, 1.0, 1, 1.0):
    sc = scale(v)  # ?rc sc
del sc
scale.cache_clear()  # ?rc s_int s_flt
other = Catalog("market stall")
q = other.price("pear", 10)  # ?rc other q
del other
print(gc.collect())
Catalog.price.cache_clear()  # ?rc q items
