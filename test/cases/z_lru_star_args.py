# functools.lru_cache called as f(*tup): the C cache uses the argument tuple
# itself (here `pair`) as its key: +2 with a bounded cache (dict + link),
# +1 with maxsize=None.
import functools


@functools.lru_cache(maxsize=8)
def dist(a, b):
    return b - a


@functools.cache
def dist2(a, b):
    return b - a


pair = (1.5, 4.25)  # ?rc pair
d = dist(*pair)  # ?rc pair d
pair2 = (2.5, 8.5)  # ?rc pair2
d2 = dist2(*pair2)  # ?rc pair2 d2
dist.cache_clear()  # ?rc pair
