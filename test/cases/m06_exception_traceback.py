# Exceptions and tracebacks: e.__traceback__ holds the frames, frames hold
# their locals, so storing the exception in a local builds a cycle.
import gc
import sys


class Payload:
    def __init__(self, size):
        self.size = size


def fail(p):
    local_ref = p  # ?rc p local_ref
    raise ValueError(p)


def catch_and_drop(p):
    try:
        fail(p)
    except ValueError:
        pass  # ?rc p
    return None


def catch_and_keep(p):
    try:
        fail(p)
    except ValueError as e:
        saved = e  # ?rc saved p
    return saved


gc.collect()
pl = Payload(10 ** 4)  # ?rc pl
catch_and_drop(pl)  # ?rc pl
print(gc.collect())
err = catch_and_keep(pl)  # ?rc err pl
tb = err.__traceback__  # ?rc tb err
frame = tb.tb_frame  # ?rc frame
del frame  # ?rc tb
del tb  # ?rc err
print(gc.collect())  # nothing yet: err is reachable
del err  # ?rc pl
print(gc.collect())  # exception, tracebacks, frame cycle
for attempt in range(3):
    try:
        fail(pl)
    except ValueError as exc:
        args = exc.args  # ?rc args pl
        del args
    last = attempt  # ?rc pl
print(gc.collect())
errors = []
for attempt in range(2):
    try:
        fail(pl)
    except ValueError as exc:
        errors.append(exc)  # ?rc errors pl
print(gc.collect())
errors[0].__traceback__ = None  # ?rc pl
errors.clear()  # ?rc pl
print(gc.collect())  # second error still had its traceback cycle
info = None
try:
    fail(pl)
except ValueError:
    info = sys.exc_info()  # ?rc info pl
info = None  # ?rc pl
print(gc.collect())
