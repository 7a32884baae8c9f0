# Theme: functools.lru_cache on a method keeps every instance it has seen
# alive through the cache keys; a per-instance memo dict is released with
# the instance, and cache_clear() lets the cached instances go.
import functools
import gc


class Pricer:
    def __init__(self, rate):
        self.rate = rate
        self._memo = {}

    @functools.lru_cache(maxsize=8)
    def price(self, qty):
        return qty * self.rate

    def price_memo(self, qty):
        if qty not in self._memo:
            self._memo[qty] = qty * self.rate
        return self._memo[qty]


gc.collect()
p = Pricer(1.25)  # ?rc p
v1 = p.price(1000)  # ?rc p v1
v2 = p.price(1000)  # ?rc v1 v2 -- the cached result object
v3 = p.price(2000)  # ?rc p v3
info = Pricer.price.cache_info()
print(info.hits, info.misses)
q = Pricer(2.5)  # ?rc q
m1 = q.price_memo(1000)  # ?rc q m1
m2 = q.price_memo(1000)  # ?rc m1 m2
memo = q._memo  # ?rc memo
del q  # ?rc memo m1
del memo, m2  # ?rc m1
Pricer.price.cache_clear()  # ?rc p v1 v3
del p
print(gc.collect())
