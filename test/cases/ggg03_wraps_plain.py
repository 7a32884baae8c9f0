# Theme: a decorator without arguments that uses functools.wraps. The wrapper
# keeps the original function in its closure and in __wrapped__, and its
# __dict__ gets a copy of the original's attributes.
import functools
import sys


def logged(func):
    calls = []

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(args)
        result = func(*args, **kwargs)  # ?rc result
        return result

    wrapper.calls = calls
    return wrapper


def area(width, height):
    return [width * height * 1.0]


area.units = ["square meters"]
raw = area  # ?rc raw
area = logged(area)  # ?rc raw area
units = area.units  # ?rc units
inner = area.__wrapped__  # ?rc inner raw
del inner
log = area.calls  # ?rc log
r = area(3, 4)  # ?rc r log
r2 = area(width=5, height=2)  # ?rc r2
first_args = log[0]  # ?rc first_args
print(sys.getrefcount(raw))
print(area.__name__, area.__qualname__)


@logged
def greet(name, punct="!"):
    return [name + punct]


g = greet("world")  # ?rc g
glog = greet.calls  # ?rc glog
del raw  # ?rc units
del area  # ?rc log units first_args
del log, first_args
orig = greet.__wrapped__  # ?rc orig
del greet  # ?rc orig glog
