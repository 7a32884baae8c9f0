# Theme: a memoizing decorator that keeps results in a dict held by the
# wrapper's closure. Cached results are shared with every caller; clearing
# the dict through an attribute drops the cache's references.
import functools
import gc


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*key):
        if key in cache:
            hit = cache[key]  # ?rc hit
            return hit
        value = func(*key)
        cache[key] = value  # ?rc value cache
        return value

    wrapper.cache = cache
    return wrapper


@memoize
def neighbours(x, y):
    return [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))]


n1 = neighbours(3, 4)  # ?rc n1
n2 = neighbours(3, 4)  # ?rc n1 n2
n3 = neighbours(5, 5)  # ?rc n3
store = neighbours.cache  # ?rc store
pt = n1[0]  # ?rc pt
for i in range(3):
    cell = neighbours(i, i)  # ?rc cell
del cell
store.clear()  # ?rc n1 n3 store
again = neighbours(3, 4)  # ?rc again n1
del n2


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


big = fib(90)  # ?rc big
fcache = fib.cache  # ?rc fcache
print(len(fcache))
del fib  # ?rc fcache big
print(gc.collect())
del fcache
print(gc.collect())
del neighbours, store  # ?rc again n1
print(gc.collect())
