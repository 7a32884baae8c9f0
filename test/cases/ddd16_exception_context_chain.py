# Theme: error translation layers: "raise ... from" and implicit context
# chain exceptions together; a handler that stores sys.exc_info() in its
# own frame builds a cycle through the traceback.
import gc
import sys


class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def read_row(key):
    raise StorageError("missing row: " + key)


def service_get(key):
    try:
        read_row(key)
    except StorageError as low:
        raise ServiceError("cannot load " + key) from low


def handle(key):
    try:
        service_get(key)
    except ServiceError:
        info = sys.exc_info()  # ?rc info
        cause = info[1].__cause__  # ?rc cause
        return type(cause).__name__


gc.collect()
print(handle("user:1"))
print(gc.collect())  # info tuple, 2 exceptions, tracebacks, frames
try:
    service_get("user:2")
except ServiceError as exc:
    top = exc  # ?rc top
    low = top.__cause__  # ?rc low
    ctx = top.__context__  # ?rc low ctx
print(top.__suppress_context__, sys.getrefcount(low))
tb = top.__traceback__  # ?rc tb
del ctx
top.__cause__ = None  # ?rc low
top.__context__ = None  # ?rc low
del low
print(gc.collect())  # the low exception, its traceback and frames
del tb, top
print(gc.collect())
