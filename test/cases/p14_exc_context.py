# Exceptions chain through __context__; the traceback keeps frames (and their
# locals) alive, and a `with` block that suppresses clears the exception.
import contextlib
import gc


class Payload:
    pass


def fail(obj):
    local = obj  # ?rc local
    raise KeyError("first")


p = Payload()  # ?rc p
try:
    try:
        fail(p)
    except KeyError:
        raise RuntimeError("second")
except RuntimeError as err:
    saved = err  # ?rc p saved
ctx = saved.__context__  # ?rc ctx p
del ctx  # ?rc p
saved = None
print(gc.collect())  # exception -> traceback -> frame -> exception cycle?
with contextlib.suppress(KeyError):
    fail(p)
after = p  # ?rc p after
q = Payload()
try:
    fail(q)
except KeyError as e:
    inner = e  # ?rc q
del inner  # ?rc q
print(gc.collect())
