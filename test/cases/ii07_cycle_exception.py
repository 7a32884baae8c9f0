# Theme: exception cycles through chaining and sys.exc_info(). A stored
# exception keeps its traceback, the traceback keeps the frames, and a frame
# that stored an exception closes the loop; `raise ... from` links the
# exceptions through __cause__ and __context__.
import gc
import sys


class Payload:
    pass


def wrap(obj):
    try:
        try:
            raise KeyError(obj)
        except KeyError as inner:
            raise ValueError("wrapped") from inner
    except ValueError as outer:
        cause = outer.__cause__  # ?rc obj cause
        return outer


def stash(obj, box):
    try:
        raise RuntimeError(obj)
    except RuntimeError:
        info = sys.exc_info()  # ?rc obj info
        box.append(info[1])
    return len(box)


gc.collect()
p = Payload()  # ?rc p
err = wrap(p)  # ?rc p err
ctx = err.__context__  # ?rc p ctx
del ctx  # ?rc p
del err
print(gc.collect())
box = []
stash(p, box)  # ?rc p box
print(gc.collect())
box.clear()  # ?rc p
print(gc.collect())
after = p  # ?rc p
