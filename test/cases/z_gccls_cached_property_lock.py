# functools.cached_property on 3.11 keeps an RLock (self.lock, a tracked C object):
# a dropped class with cached properties has one more object of garbage per descriptor.
import gc
from functools import cached_property


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        return sum(self.rows) * 1.5

    @cached_property
    def labels(self):
        return [str(r) for r in self.rows]


rep = Report([1, 2, 3])
value = rep.total  # ?rc value
names = rep.labels  # ?rc names
del Report, rep
print(gc.collect())


class Single:
    @cached_property
    def answer(self):
        return 6.0 * 7


s = Single()
a = s.answer  # ?rc a
del Single, s
print(gc.collect())

prop = cached_property(lambda self: 2.5 * 2)
ring = [prop]
ring.append(ring)  # ?rc ring
del prop, ring
print(gc.collect())
