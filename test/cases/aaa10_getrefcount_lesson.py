# Theme: a lesson printing sys.getrefcount for an object as it is shared,
# passed down through calls, stored in containers and released.
import sys
from sys import getrefcount as rc


class Token:
    pass


def inspect_arg(obj):
    return sys.getrefcount(obj)


def nested(obj):
    return inspect_arg(obj)


t = Token()
print(sys.getrefcount(t))
print(rc(t))
pair = (t, t)
print(sys.getrefcount(t))
print(inspect_arg(t))
print(nested(t))
print(sys.getrefcount(pair))
d = {"k": t, "v": [t]}
print(sys.getrefcount(t))
print([sys.getrefcount(t) for _ in range(2)])
del pair
print(sys.getrefcount(t))
f = 2.5 * 4
print(sys.getrefcount(f))
print(sys.getrefcount(2.5 * 4))
s = " ".join(["not", "an", "identifier"])
print(sys.getrefcount(s))
print(sys.getrefcount(d["v"]))
m = map(rc, [t, t])
print(list(m))
