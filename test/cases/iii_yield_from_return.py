# Theme: yield from receiving the inner generator's return value; the value
# travels through StopIteration and is bound in the outer frame.
import sys


class Result:
    pass


def inner(r):
    yield 1
    return r


def outer(r):
    got = yield from inner(r)
    keep = got  # ?rc got keep
    yield keep


r = Result()  # ?rc r
g = outer(r)  # ?rc r g
first = next(g)
second = next(g)  # ?rc r second
print(sys.getrefcount(r))
try:
    next(g)
except StopIteration as stop:
    val = stop.value  # ?rc r
del g, second  # ?rc r
