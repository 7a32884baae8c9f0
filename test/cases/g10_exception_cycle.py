# Theme: exceptions kept in variables. Storing the exception in a list or a
# global from inside a function keeps the traceback and frame alive.
import gc
import sys

saved = []


class Tag:
    pass


def fail(obj):
    local = [obj]  # ?rc obj
    raise RuntimeError("failed here!")


def catch(obj):
    try:
        fail(obj)
    except RuntimeError as e:
        saved.append(e)  # ?rc obj
    return None


t = Tag()  # ?rc t
gc.collect()
catch(t)  # ?rc t -- the traceback keeps fail's frame and its `local`
exc = saved[0]  # ?rc exc
tb = exc.__traceback__  # ?rc tb
del tb  # ?rc t
saved.clear()  # ?rc exc t
del exc  # ?rc t -- no cycle: catch did not keep e in a local
print(gc.collect())
try:
    fail(t)
except RuntimeError as err:
    kept = err  # ?rc t kept
del kept  # ?rc t -- module frame: no cycle through a function frame
try:
    fail(t)
except RuntimeError:
    info = sys.exc_info()  # ?rc t info
del info  # ?rc t
print(gc.collect())
try:
    raise ExceptionGroup("group!", [ValueError(t)])
except* ValueError as grp:
    inner_grp = grp  # ?rc t
done = t  # ?rc t
