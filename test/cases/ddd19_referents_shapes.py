# Theme: a memory profiler's view of objects: gc.get_referents lengths for
# instances, containers, closures and bound methods, and how gc.collect
# counts the same shapes once they are made cyclic and dropped.
import functools
import gc
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


def make_counter(start):
    count = [start]

    def bump():
        count[0] += 1
        return count[0]

    return bump


def shape(obj):
    refs = gc.get_referents(obj)  # ?rc refs
    return len(refs)


gc.collect()
pt = Point(3.5, 4.5)  # ?rc pt
print(shape(pt), shape([pt, pt, pt]), shape({"k!": pt}))
bump = make_counter(10)  # ?rc bump
print(shape(bump), bump())
meth = pt.norm  # ?rc meth pt
print(shape(meth), sys.getrefcount(pt))
part = functools.partial(Point, 1.25)  # ?rc part
print(shape(part))
pt.again = meth  # ?rc meth pt
del meth
del pt
print(gc.collect())  # point and its bound method
bump.self = bump  # ?rc bump
del bump
print(gc.collect())  # function, its __dict__, closure tuple, cell, list
part.keep = part  # ?rc part
del part
print(gc.collect())  # partial, its args tuple, its __dict__
