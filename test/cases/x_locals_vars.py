# vars() and locals() inside functions and methods: a cached dict up to 3.12,
# a fresh snapshot from 3.13; vars(obj) is the instance's __dict__.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def as_dict(self):
        d = vars(self)  # ?rc d
        return dict(d)


def collect(item, extra):
    names = sorted(locals())  # ?rc item
    snap = locals()  # ?rc item snap
    snap2 = locals()  # ?rc item
    return names


tag = ["t"]  # ?rc tag
p = Point(tag, 2)  # ?rc p tag
d = p.as_dict()  # ?rc d tag
v = vars(p)  # ?rc v p
del v  # ?rc p
out = collect(tag, p)  # ?rc tag p out
g = globals()  # ?rc g
print(sys.getrefcount(tag))
