# Theme: a memoizing decorator that keeps results (and arguments) alive in a
# dict held by the closure; clearing the memo frees them.
import functools
import gc
import sys


def memoize(func):
    memo = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args in memo:
            return memo[args]
        result = func(*args)
        memo[args] = result
        return result

    wrapper.memo = memo
    return wrapper


@memoize
def expand(n):
    "expand n into three halves!"
    return [n * 0.5] * 3


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v


@memoize
def describe(key):
    return {"value": key.v}


gc.collect()
memo = expand.memo  # ?rc memo
r1 = expand(7)  # ?rc r1
r2 = expand(7)  # ?rc r1 r2
print(r1 is r2)
del r2  # ?rc r1
r3 = expand(9)  # ?rc r3
k = Key(1.5)  # ?rc k
d1 = describe(k)  # ?rc k d1
d2 = describe(k)  # ?rc k d1
del d2
print(sys.getrefcount(k))
dmemo = describe.memo  # ?rc dmemo
dmemo.clear()  # ?rc k d1
memo.clear()  # ?rc r1 r3
print(sys.getrefcount(r1))
del r1, r3, d1
print(gc.collect())
wrapped = expand.__wrapped__  # ?rc wrapped
doc = expand.__doc__  # ?rc doc
header = "expand n into three halves!"  # ?rc header
