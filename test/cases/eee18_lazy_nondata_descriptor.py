# A lazy non-data descriptor (only __get__): the first access computes the
# value and stores it in the instance __dict__, which then shadows the
# descriptor. A second descriptor returns bound helpers like a method does.
import gc
import sys


class lazy:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.func(obj)  # ?rc value
        obj.__dict__[self.name] = value
        return value


class bound_helper:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls=None):
        return lambda *args: self.func(obj, *args)


class Image:
    def __init__(self, pixels):
        self.pixels = pixels

    @lazy
    def histogram(self):
        hist = [0] * 4
        for px in self.pixels:
            hist[px % 4] += 1
        return hist

    @bound_helper
    def scale(self, k):
        return [px * k for px in self.pixels]


pixels = [7, 3, 12, 9, 2]  # ?rc pixels
img = Image(pixels)  # ?rc img pixels
h1 = img.histogram  # ?rc h1
h2 = img.histogram  # ?rc h1 h2
desc = Image.__dict__["histogram"]  # ?rc desc
helper = img.scale  # ?rc helper img
scaled = helper(2.5)  # ?rc scaled
for _ in range(2):
    again = img.scale(0.5)  # ?rc again
print(sys.getrefcount(h1))
del img.histogram  # ?rc h1
h3 = img.histogram  # ?rc h3 h1
del helper  # ?rc img
del img  # ?rc h3 pixels
print(gc.collect())
