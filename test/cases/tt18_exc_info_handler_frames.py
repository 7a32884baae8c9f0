# Theme: an error handler object that captures sys.exc_info() from inside
# a method and keeps it; the stored traceback refers to the handler's own
# frame, whose `self` refers back to the handler. clear_frames() fixes it.
import gc
import sys
import traceback


class Handler:
    def __init__(self):
        self.info = None

    def guard(self, fn, arg):
        buffer = [arg]  # ?rc arg
        try:
            fn(arg)
        except Exception:
            self.info = sys.exc_info()  # ?rc self arg buffer


def failing(value):
    raise RuntimeError(value)


gc.collect()
h = Handler()  # ?rc h
payload = [4.5, 5.5]  # ?rc payload
h.guard(failing, payload)  # ?rc h payload
info = h.info  # ?rc info
tb = info[2]  # ?rc tb info
frames = [f for f, _ in traceback.walk_tb(tb)]  # ?rc frames
traceback.clear_frames(tb)  # ?rc h payload
del tb, info, frames
print(gc.collect())  # nothing: h is named
del h  # ?rc payload
print(gc.collect())  # 0: clear_frames already dropped guard's `self`

h2 = Handler()
h2.guard(failing, payload)  # ?rc h2 payload
h2.info = None  # ?rc h2 payload
del h2  # ?rc payload
print(gc.collect())
