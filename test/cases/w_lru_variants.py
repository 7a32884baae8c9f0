# Theme: memoised loaders with functools.lru_cache: a bounded cache that evicts,
# an unbounded one keyed by argument tuples, the bare decorator and a method.
import functools
import gc
import sys


@functools.lru_cache(maxsize=2)
def load(key):
    return [key]


@functools.lru_cache(maxsize=None)
def pair(a, b):
    return (a, b, [a])


@functools.lru_cache
def plain(x):
    return {"x": x}


k1 = "key number one"
a = load(k1)  # ?rc a k1
b = load("key number two")  # ?rc b
c = load("key number three")  # ?rc a c
v = (1.5, "x y")
p = pair(v, 2)  # ?rc p v
p2 = pair(v, 2)  # ?rc p v
q = plain(3)  # ?rc q
load.cache_clear()  # ?rc b c
pair.cache_clear()  # ?rc p v
print(sys.getrefcount(plain.__wrapped__))


class Svc:
    @functools.lru_cache(maxsize=4)
    def get(self, n):
        return [n, self]


s = Svc()  # ?rc s
r = s.get(5)  # ?rc r s
del s, r
print(gc.collect())
