# Theme: memoised recursion with functools.lru_cache: a partition counter, a
# bounded cache returning shared lists, cache_info inspection, and a cached
# method that keeps its instance alive until cache_clear.
import gc
import sys
from functools import lru_cache


@lru_cache(maxsize=None)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@lru_cache(maxsize=4)
def route(a, b):
    return [a * 1.5, b * 1.5, (a + b) * 0.5]


class Pricing:
    def __init__(self, rate):
        self.rate = rate

    @lru_cache(maxsize=32)
    def quote(self, units):
        return {"units": units, "cost": units * self.rate}


big = partitions(60, 60)  # ?rc big
again = partitions(60, 60)  # ?rc big
info = partitions.cache_info()  # ?rc info
print(big, info)
r1 = route(3, 4)  # ?rc r1
r1_again = route(3, 4)  # ?rc r1
for k in range(5, 9):
    route(k, k + 1)
r1_new = route(3, 4)  # ?rc r1 r1_new
print(route.cache_info())
p = Pricing(2.5)  # ?rc p
q1 = p.quote(100)  # ?rc p q1
q2 = p.quote(100)  # ?rc q1 p
cost = q1["cost"]  # ?rc cost
del p
print(gc.collect())  # nothing: the cache still holds the instance
Pricing.quote.cache_clear()  # ?rc q1 cost
print(gc.collect())
partitions.cache_clear()  # ?rc big
route.cache_clear()  # ?rc r1_new
