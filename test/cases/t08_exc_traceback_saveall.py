# Theme: an exception kept in a local of the frame that caught it builds a
# cycle (exception -> traceback -> frame -> local -> exception). With
# gc.DEBUG_SAVEALL the collector moves it into gc.garbage instead of
# freeing it, so it can be inspected (with one more reference each).
import gc
import sys

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)


class Payload:
    pass


def fail_and_keep(p):
    try:
        raise ValueError(p)
    except ValueError as e:
        kept = e  # ?rc p kept
    return None


pl = Payload()  # ?rc pl
fail_and_keep(pl)  # ?rc pl
print(gc.collect())  # exception, traceback, frame, args tuple
found = [o for o in gc.garbage if isinstance(o, ValueError)]  # ?rc found
exc = found[0]  # ?rc exc pl
del found  # ?rc exc
print(sys.getrefcount(exc))
tb = exc.__traceback__  # ?rc tb
gc.garbage.clear()  # ?rc exc tb pl
del exc, tb  # ?rc pl
gc.set_debug(0)
print(gc.collect())
after = pl  # ?rc pl
