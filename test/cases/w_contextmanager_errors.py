# Theme: contextmanager-based guards whose generators swallow or convert the
# with block's exception, a kept swallowed exception and an unused manager.
import gc
import sys
from contextlib import contextmanager

log = []


@contextmanager
def guard(tag):
    try:
        yield tag
    except KeyError as e:
        log.append(e)


@contextmanager
def convert(tag):
    try:
        yield tag
    except KeyError as e:
        raise ValueError(tag) from e


t = ["tag list"]
with guard(t) as g:
    raise KeyError("boom!")
print(sys.getrefcount(t))
kept = log[0]  # ?rc kept t
try:
    with convert(t) as c:
        raise KeyError("again!")
except ValueError as v:
    val = v  # ?rc val t
    cause = v.__cause__  # ?rc cause
cm = guard(t)  # ?rc cm t
del cm  # ?rc t
del val, cause, kept
log.clear()
print(gc.collect())
