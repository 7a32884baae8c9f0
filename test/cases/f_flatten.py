# Application: recursively flattening nested lists, with a generator version,
# a depth counter and a nested list that contains itself.
import gc
import sys


class Leaf:
    def __init__(self, v):
        self.v = v


def flatten(seq):
    out = []
    for item in seq:
        if isinstance(item, list):
            sub = flatten(item)  # ?rc sub
            out.extend(sub)
        else:
            out.append(item)  # ?rc item
    return out


def iflatten(seq):
    for item in seq:
        if isinstance(item, list):
            yield from iflatten(item)
        else:
            yield item


def depth(seq, seen=None):
    if seen is None:
        seen = []
    if any(s is seq for s in seen):
        return 0
    seen.append(seq)  # ?rc seq
    inner = [depth(x, seen) for x in seq if isinstance(x, list)]
    return 1 + max(inner, default=0)


x1, x2, x3 = Leaf(1), Leaf(2), Leaf(3)  # ?rc x1 x2
nested = [x1, [x2, [x3, [x1]]], []]  # ?rc nested x1
flat = flatten(nested)  # ?rc flat x1 x3
lazy = iflatten(nested)  # ?rc lazy nested
head = next(lazy)  # ?rc head x1 nested
rest = list(lazy)  # ?rc rest x1 lazy
d = depth(nested)  # ?rc d
loop = [x2]  # ?rc loop
loop.append(loop)  # ?rc loop
d2 = depth(loop)  # ?rc d2 loop
print(sys.getrefcount(x2))
del flat, rest, head  # ?rc x1 x3
del loop  # ?rc x2
print(gc.collect())
del nested, lazy  # ?rc x1 x3
print(gc.collect())
