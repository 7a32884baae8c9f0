# lru_cache(typed=True): every call's key is a new tuple of the arguments and
# then their types (the single-int / single-str shortcut does not apply), so the
# cache holds the argument's class too; cache_clear drops the keys.
import functools
import gc
import sys


class Money:
    def __init__(self, cents):
        self.cents = cents


@functools.lru_cache(maxsize=8, typed=True)
def fmt(value):
    return [value]


m = Money(250)  # ?rc m Money
a = fmt(m)  # ?rc m a Money
b = fmt(m)  # ?rc a b
n = fmt(3)  # ?rc n
s = fmt("x")  # ?rc s
print(fmt.cache_info())
params = fmt.cache_parameters()  # ?rc params
fmt.cache_clear()  # ?rc m a Money
print(gc.collect())


@functools.lru_cache(None, True)
def pair(x, *, scale=1):
    return (x, scale, [])


p1 = pair(m, scale=m)  # ?rc m p1 Money
sys.getrefcount(Money)
del p1
pair.cache_clear()  # ?rc m Money
