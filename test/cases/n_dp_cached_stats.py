# Theme: statistics helpers with functools: an lru_cache'd factorial for
# binomial weights (big ints), reduce for products, partial for a rounding
# function, and a class that caches computed floats in a dict.
import gc
import sys
from functools import lru_cache, partial, reduce
from operator import mul


@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


def binom(n, k):
    top = fact(n)  # ?rc top
    return top // (fact(k) * fact(n - k))


class Stats:
    def __init__(self, values):
        self.values = list(values)
        self._cache = {}  # ?rc self

    def mean(self):
        if "mean" not in self._cache:
            m = sum(self.values) / len(self.values)  # ?rc m
            self._cache["mean"] = m
        return self._cache["mean"]

    def variance(self):
        mu = self.mean()  # ?rc mu
        var = sum((v - mu) ** 2 for v in self.values) / len(self.values)  # ?rc var
        return var


big = fact(30)  # ?rc big
again = fact(30)  # ?rc big again
weights = [binom(40, k) for k in range(0, 41, 10)]  # ?rc weights
w_mid = weights[2]  # ?rc w_mid
product = reduce(mul, [1.5, 2.5, 3.5, 4.5])  # ?rc product
r2 = partial(round, ndigits=2)  # ?rc r2
data = Stats([2.5, 3.5, 7.25, 1.0, 9.75])  # ?rc data
mu = data.mean()  # ?rc mu
mu2 = data.mean()  # ?rc mu mu2
var = data.variance()  # ?rc var
print(r2(mu), r2(var), w_mid, product)
print(sys.getrefcount(big))
info = fact.cache_info()  # ?rc info
fact.cache_clear()  # ?rc big
del data  # ?rc mu
weights.clear()  # ?rc w_mid
print(gc.collect())
