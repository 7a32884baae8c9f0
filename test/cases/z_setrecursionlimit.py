# sys.setrecursionlimit lowers where CPython raises RecursionError: recursion
# the model would otherwise follow to its end now fails part way, and the
# handler's result and the list built so far must stay honest.
import sys


def walk(n, seen):
    seen.append(n)
    if n == 0:
        return seen
    return walk(n - 1, seen)


items = []
out = walk(40, items)  # ?rc items out
sys.setrecursionlimit(60)
trail = []
try:
    res = walk(100, trail)
except RecursionError as e:
    err = e
size = len(trail)
keep = [trail]  # ?rc trail
sys.setrecursionlimit(1000)
del err
again = walk(10, [])  # ?rc again
