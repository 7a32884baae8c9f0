# Theme: exceptions keep things alive. A caught exception holds its
# traceback, the traceback holds the frames, and the frames hold their
# local variables; `except ... as e` deletes e at the end of the block.
import gc
import sys


class Payload:
    pass


def risky(item):
    local_copy = [item]  # ?rc item local_copy
    raise KeyError("missing key!")


p = Payload()  # ?rc p
try:
    risky(p)
except KeyError as e:
    print("caught:", e, sys.getrefcount(p))
    saved = e  # ?rc p saved
print(sys.getrefcount(p))
tb = saved.__traceback__  # ?rc tb
del tb
saved = None  # ?rc p

errors = []
for n in range(3):
    try:
        risky(p)
    except KeyError as err:
        errors.append(err)  # ?rc errors
print(sys.getrefcount(p))
errors.clear()  # ?rc p


def catch_self_cycle():
    try:
        raise RuntimeError("cycle!")
    except RuntimeError as exc:
        kept = exc  # ?rc kept
    return None


gc.collect()
catch_self_cycle()
print(gc.collect())
