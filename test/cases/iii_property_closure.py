# Theme: a property whose getter builds a closure over self; the closure's
# cell keeps the instance alive, forming a cycle once stored back.
import gc
import sys


class Meter:
    def __init__(self, scale):
        self.scale = scale  # ?rc scale
        self.cache = None

    @property
    def reader(self):
        def read(x):
            return x * self.scale
        return read


s = [2.5]  # ?rc s
m = Meter(s)  # ?rc m s
r = m.reader  # ?rc m r
r2 = m.reader  # ?rc m r2
del r2  # ?rc m
m.cache = r  # ?rc m r
print(sys.getrefcount(m))
del r  # ?rc m
del m  # ?rc s
print(gc.collect())  # Meter, its dict?, closure, cell
print(sys.getrefcount(s))
