# Theme: exceptions stored and re-raised; the traceback references frames,
# and `except ... as e` deletes the name at the end of the block.
import gc
import sys


class Payload:
    pass


errors = []


def fail(p):
    raise ValueError(p)


def catch_and_store(p):
    try:
        fail(p)
    except ValueError as e:
        errors.append(e)  # ?rc p e


def catch_and_forget(p):
    try:
        fail(p)
    except ValueError as e:
        msg = str(len(e.args))  # ?rc p


gc.collect()
p = Payload()  # ?rc p
catch_and_forget(p)  # ?rc p
print(gc.collect())
catch_and_store(p)  # ?rc p
stored = errors[0]  # ?rc stored p
tb = stored.__traceback__  # ?rc tb
print(sys.getrefcount(stored))
del tb  # ?rc stored
errors.clear()  # ?rc stored
try:
    raise stored
except ValueError as again:
    same = again  # ?rc same p
print(sys.getrefcount(stored))
del same  # ?rc stored
clean = stored.with_traceback(None)  # ?rc stored clean
del clean
stored.__traceback__ = None  # ?rc stored
del stored
print(gc.collect())
try:
    try:
        fail(p)
    except ValueError as inner:
        raise KeyError("wrapped key error") from inner
except KeyError as outer:
    cause = outer.__cause__  # ?rc cause p
    chained = outer  # ?rc chained
del cause  # ?rc chained
del chained
print(gc.collect())
print(sys.getrefcount(p))
batch = [ValueError(p), KeyError(p)]  # ?rc p
try:
    raise ExceptionGroup("batch failed!", batch)
except* ValueError as vgroup:
    bad_values = vgroup.exceptions  # ?rc p
except* KeyError:
    pass
del batch  # ?rc p
