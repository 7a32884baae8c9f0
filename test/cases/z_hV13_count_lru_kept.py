# itertools.count(start) keeps a start past a C ssize_t (slow mode: next() hands it out), and the
# lru_cache(maxsize) decorator closes over its maxsize argument in cells its wrappers share.
import functools
import itertools
big = 10**30 + 1
c = itertools.count(big)  # ?rc big
n1 = next(c)  # ?rc big n1
n2 = next(c)  # ?rc big n1 n2
del c  # ?rc big n2
neg = -10**30 - 5
c3 = itertools.count(neg)  # ?rc neg
ms = int("5000")
lc = functools.lru_cache(maxsize=ms)  # ?rc ms
def f(x):
    return x
w = lc(f)  # ?rc ms
w2 = lc(f)  # ?rc ms
p = w.cache_parameters()  # ?rc ms
del lc  # ?rc ms
del w, w2  # ?rc ms
mt = int("5001")
@functools.lru_cache(mt, True)
def g(x):
    return x
r = g(3)  # ?rc mt
neg2 = int("-7000")
h = functools.lru_cache(neg2)  # ?rc neg2
