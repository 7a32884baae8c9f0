# Theme: memoized recursion three ways: a dict as a mutable default
# argument, an explicit memo passed down, and functools.lru_cache; results
# are big ints (Fibonacci, grid paths) so they are real objects.
import functools


def fib(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 2:
        return n
    value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value


def grid_paths(r, c, memo):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in memo:
        memo[key] = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo)
    return memo[key]


@functools.lru_cache(maxsize=None)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


f90 = fib(90)  # ?rc f90
f90_again = fib(90)  # ?rc f90 f90_again
cache = fib.__defaults__[0]  # ?rc cache
f80 = cache[80]  # ?rc f80
memo = {}  # ?rc memo
paths = grid_paths(16, 16, memo)  # ?rc paths memo
corner = memo[(16, 16)]  # ?rc corner paths
p = partitions(60, 60)  # ?rc p
p2 = partitions(60, 60)  # ?rc p p2
partitions.cache_clear()  # ?rc p
memo.clear()  # ?rc paths corner
cache.clear()  # ?rc f90 f80
