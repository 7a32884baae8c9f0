# Theme: memoization. functools.lru_cache on a recursive function, a
# hand-made memo decorator with a dict keyed by arguments, a method
# cache that keeps instances alive through the cache, and a per-instance
# bounded cache whose results point back at the instance (a leak cycle).
import gc
from functools import lru_cache, wraps


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def memoize(func):
    cache = {}

    @wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        value = cache[args]  # ?rc value
        return value

    wrapper.cache = cache
    return wrapper


@memoize
def layout(width, height):
    cells = [[0.0] * width for _ in range(height)]  # ?rc cells
    return cells


class Pricing:
    def __init__(self, rate):
        self.rate = rate

    @lru_cache(maxsize=8)
    def quote(self, amount):
        result = amount * self.rate  # ?rc result
        return result


big = fib(90)  # ?rc big
again = fib(90)  # ?rc big again
info = fib.cache_info()  # ?rc info
print(big, info)
grid = layout(3, 2)  # ?rc grid
same = layout(3, 2)  # ?rc grid same
other = layout(2, 2)  # ?rc other
memo = layout.cache  # ?rc memo grid
del same  # ?rc grid
memo.clear()  # ?rc grid other
print(gc.collect())

p = Pricing(1.25)  # ?rc p
q1 = p.quote(80.0)  # ?rc q1 p
q2 = p.quote(80.0)  # ?rc q1 q2
q3 = p.quote(10 ** 20)  # ?rc q3
print(q1, q3)
del p  # the lru_cache still holds the instance as part of its key
print(gc.collect())
Pricing.quote.cache_clear()  # ?rc q1 q3
print(gc.collect())
fib.cache_clear()  # ?rc big
squares = {n: n * n * 1.0 for n in range(3, 6)}  # ?rc squares
cached_sq = memoize(lambda n: squares[n])  # ?rc cached_sq squares
v = cached_sq(4)  # ?rc v
del squares  # ?rc v
del cached_sq  # ?rc v
print(gc.collect())


class Place:
    def __init__(self, source, name, coords):
        self.source = source
        self.name = name
        self.coords = coords


class Geocoder:
    def __init__(self, table):
        self.table = table
        self.lookup = lru_cache(maxsize=16)(self._lookup)

    def _lookup(self, city):
        place = Place(self, city, self.table[city])  # ?rc place
        return place


geo = Geocoder({"new york": (40.7, -74.0), "paris": (48.9, 2.35)})  # ?rc geo
ny = geo.lookup("new york")  # ?rc ny geo
ny2 = geo.lookup("new york")  # ?rc ny ny2
del geo, ny2  # ?rc ny
del ny
print(gc.collect())  # geocoder, its cache wrapper and bound method, the place, ...
