# Theme: memoized recursion. A hand-written memoize decorator with a
# closure cache and a nonlocal hit counter, big-int Fibonacci and
# partition numbers, and an edit-distance table built bottom-up.
import functools
import gc
import sys


def memoize(fn):
    cache = {}
    hits = 0

    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal hits
        if args in cache:
            hits += 1
            return cache[args]
        value = fn(*args)
        cache[args] = value  # ?rc args
        return value

    def stats():
        return hits, len(cache)

    wrapper.stats = stats
    return wrapper


@memoize
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def edit_distance(a, b):
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i, ca in enumerate(a, 1):
        row, above = rows[i], rows[i - 1]
        for j, cb in enumerate(b, 1):
            row[j] = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (ca != cb))
    last = rows[-1]  # ?rc last rows
    return last[-1]


big = fib(150)  # ?rc big
again = fib(150)  # ?rc big again
hits, size = fib.stats()
p = partitions(60, 60)  # ?rc p
same = p  # ?rc p same
cells = fib.__closure__  # ?rc cells fib
dist = edit_distance("kitten sitting", "sitting kitten")
square = big * big  # ?rc square
digits = str(square)  # ?rc digits
summary = f"fib(150) has {len(str(big))} digits, {hits} hits, {size} entries"  # ?rc summary
print(summary, digits[:10], sys.getrefcount(big))
del fib  # ?rc cells
print(gc.collect())
del cells, again  # ?rc big
