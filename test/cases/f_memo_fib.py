# Application: memoised fibonacci and path counting with explicit dict caches,
# a memo decorator keeping its cache in a closure, and cache inspection.
import gc
import sys

fib_cache = {}  # ?rc fib_cache


def fib(n):
    if n in fib_cache:
        hit = fib_cache[n]  # ?rc hit
        return hit
    if n < 2:
        result = n
    else:
        result = fib(n - 1) + fib(n - 2)
    fib_cache[n] = result
    return result


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        value = fn(*args)
        cache[args] = value  # ?rc cache
        return value

    wrapper.cache = cache
    return wrapper


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


@memoize
def label(n):
    text = "fib(%d) = %d" % (n, fib(n))  # ?rc text
    return text


big = fib(90)  # ?rc big fib_cache
again = fib(90)  # ?rc big again
paths = grid_paths(10, 10)  # ?rc paths
pcache = grid_paths.cache  # ?rc pcache
size = len(pcache)  # ?rc size
l1 = label(40)  # ?rc l1
l2 = label(40)  # ?rc l1 l2
lcache = label.cache  # ?rc lcache
print(sys.getrefcount(l1))
print(sys.getrefcount(big))
del l2  # ?rc l1
lcache.clear()  # ?rc l1
fib_cache.clear()  # ?rc big again
del label  # ?rc lcache
print(gc.collect())
wrapper_ref = grid_paths  # ?rc wrapper_ref
del grid_paths, wrapper_ref  # ?rc pcache
print(gc.collect())
print(sys.getrefcount(pcache))
