# Theme: closures as configurable counters and memoizers: nonlocal state,
# a cache dict in a closure cell, functools.partial over a closure, and
# a lambda list capturing a loop variable.
import gc
import sys
from functools import partial


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def memoize(fn):
    cache = {}

    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped


@memoize
def square_list(n):
    return [n] * n


c = make_counter(3)  # ?rc c
first = c()  # ?rc c
cells = c.__closure__  # ?rc cells
del cells
sq = square_list(4)  # ?rc sq
sq_again = square_list(4)  # ?rc sq
memo = square_list.cache  # ?rc memo
add = partial(lambda a, b: [a, b], 1.5)  # ?rc add
pair = add(2.5)  # ?rc pair
adders = [lambda x, i=i: x + i for i in range(3)]  # ?rc adders
f0 = adders[0]  # ?rc f0
del adders  # ?rc f0
late = [lambda: k for k in range(3)]  # ?rc late
vals = [fn() for fn in late]  # ?rc vals
print(sys.getrefcount(memo), vals, first)
memo.clear()  # ?rc sq
del square_list  # ?rc memo
del memo
print(gc.collect())
