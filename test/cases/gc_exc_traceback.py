# Theme: exceptions with tracebacks: storing the exception on an object,
# sys.exc_info() in a local, and re-raising a chained exception.
import gc
import sys


class Probe:
    pass


def store_exc(target):
    try:
        1 / 0
    except ZeroDivisionError as e:
        target.err = e  # ?rc target


def info_local(obj):
    try:
        raise RuntimeError(obj)
    except RuntimeError:
        info = sys.exc_info()  # ?rc obj info
    return 0


gc.collect()
p = Probe()  # ?rc p
store_exc(p)  # ?rc p
print(gc.collect())  # nothing: the frame is not in a cycle with the error
p.err = None
info_local(p)  # ?rc p -- frame -> info -> traceback -> frame
print(gc.collect())  # frame, info tuple, exception, traceback, args tuple
try:
    try:
        raise KeyError(p)
    except KeyError as inner:
        raise ValueError("wrapped") from inner
except ValueError as outer:
    keep = outer  # ?rc keep p
del keep  # ?rc p
print(gc.collect())
