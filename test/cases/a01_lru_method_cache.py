# Theme: functools.lru_cache on a method. The cache belongs to the function
# object on the class and its keys are the argument tuples (self, amount):
# every cached call keeps the instance alive until cache_clear().
import gc
import sys
import weakref
from functools import lru_cache


class PriceService:
    def __init__(self, region):
        self.region = region
        self.rates = {"base": 1.25}

    @lru_cache(maxsize=None)
    def quote(self, amount):
        return [amount, amount * self.rates["base"]]


class BoundedService(PriceService):
    @lru_cache(maxsize=2)
    def tax(self, amount):
        return [amount * 0.2]


gc.collect()
svc = PriceService("eu-west")
q1 = svc.quote(10.5)  # ?rc q1
q2 = svc.quote(20.5)  # ?rc svc q2
q3 = svc.quote(10.5)  # ?rc svc q1 q3 -- cache hit: the very same list
print(sys.getrefcount(svc))
watch = weakref.ref(svc)
del q1, q2, q3
del svc
print(gc.collect())  # nothing: the instance is not garbage, the cache owns it
still = watch()  # ?rc still
info = PriceService.quote.cache_info()
del still
PriceService.quote.cache_clear()
print(watch() is None, gc.collect())

b = BoundedService("us-east")
t1 = b.tax(100.5)  # ?rc t1
t2 = b.tax(200.5)  # ?rc b
t3 = b.tax(300.5)  # ?rc b t1 t3 -- the oldest entry was evicted
q = b.quote(5.5)  # ?rc b q -- the base class cache is separate
BoundedService.tax.cache_clear()  # ?rc b t3
PriceService.quote.cache_clear()  # ?rc b q
del t1, t2, t3, q
print(sys.getrefcount(b))
del b
print(gc.collect())
