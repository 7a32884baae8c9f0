# Theme: sys.exc_info() inside an except block returns the exception and
# its traceback; storing the traceback keeps the raising frame's locals.
import gc
import sys


class Local:
    pass


def fail(obj):
    inner = obj  # ?rc obj
    raise LookupError("lookup failed!")


o = Local()  # ?rc o
try:
    fail(o)
except LookupError:
    info = sys.exc_info()  # ?rc o info
    tb = info[2]  # ?rc tb
print(sys.getrefcount(o))  # the frame still holds obj and inner
del info  # ?rc o tb
tb = None  # ?rc o
try:
    fail(o)
except LookupError as err:
    err.__traceback__ = None
    kept = err  # ?rc o kept
print(gc.collect())
