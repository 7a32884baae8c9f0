# Theme: positional-only parameters (PEP 570) passed by keyword raise TypeError before the
# callee runs; with **kwargs the keyword lands in the dict instead of binding the parameter.
import sys


class Box:
    pass


def scale(value, /, factor):
    return [value, factor]


def tagged(first, /, **extra):
    return extra


def window(start, stop=10, /, step=1):
    return (start, stop, step)


item = Box()
size = Box()                       # ?rc item size
try:
    scale(value=item, factor=size)
except TypeError as err:
    held = [item, size]            # ?rc item size held
    msg = str(err)
print(msg)
after = item                       # ?rc item size

try:
    scale(item, value=size, factor=1)
except TypeError:
    caught = Box()                 # ?rc item size caught
print(sys.getrefcount(size))

extra = tagged(item, first=size)   # ?rc item size extra
pair = extra["first"]              # ?rc size pair
del pair, extra

try:
    window(item, stop=size)
except TypeError:
    marker = [size]                # ?rc item size marker
span = window(item, step=size)     # ?rc item size span
print(sys.getrefcount(item), sys.getrefcount(size))
