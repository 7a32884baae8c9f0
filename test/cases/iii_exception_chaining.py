# Theme: exception chaining: `raise ... from` and implicit __context__ keep
# the earlier exception (and its traceback frames) alive with the new one.
import gc
import sys


class Ctx:
    pass


def lower(c):
    raise KeyError(c)


def upper(c):
    try:
        lower(c)
    except KeyError as inner:
        raise ValueError("wrapped failure!") from inner


c = Ctx()  # ?rc c
try:
    upper(c)
except ValueError as e:
    outer = e  # ?rc c outer
cause = outer.__cause__  # ?rc cause c
print(sys.getrefcount(cause))
del outer  # ?rc cause c
del cause  # ?rc c
print(gc.collect())
try:
    try:
        raise TypeError(c)
    except TypeError:
        raise OSError("second failure!")
except OSError as e2:
    ctx = e2.__context__  # ?rc ctx c
del ctx  # ?rc c
