# Theme: exceptions kept in variables: raise ... from chains, tracebacks
# that hold the raising frames (and their locals), try/except/finally.
import gc
import sys


class Resource:
    pass


def low(res):
    local_ref = res  # ?rc res local_ref
    raise KeyError("low level failure")


def high(res):
    try:
        low(res)
    except KeyError as exc:
        raise RuntimeError("wrapped") from exc
    finally:
        marker = res  # ?rc res marker


r = Resource()  # ?rc r
gc.collect()
try:
    high(r)
except RuntimeError as err:
    kept = err  # ?rc r kept
cause = kept.__cause__  # ?rc cause r
tb = kept.__traceback__  # ?rc tb
del kept  # ?rc r cause tb
del tb  # ?rc r
cause = None  # ?rc r
print(gc.collect())
errors = []
for i in range(3):
    try:
        low(r)
    except KeyError as e:
        errors.append(e)  # ?rc r errors
print(sys.getrefcount(r))
errors.clear()  # ?rc r
print(gc.collect())
try:
    pass
finally:
    after = r  # ?rc r after


def self_trap(res):
    try:
        raise ValueError(res)
    except ValueError as e:
        inner = e  # ?rc res inner
    try:
        {}["missing key!"]
    except KeyError:
        raise IndexError("second") from None


try:
    self_trap(r)
except IndexError as outer:
    ctx = outer.__context__  # ?rc r ctx
    sup = outer.__suppress_context__
del ctx  # ?rc r
print(gc.collect())  # the frame of self_trap with `inner`, its traceback, ...
