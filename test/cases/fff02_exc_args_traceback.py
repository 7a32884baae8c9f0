# Theme: an exception keeps its arguments and, through __traceback__, the
# frames it passed through; keeping it in a local of that frame makes a
# cycle that only gc.collect() frees. Clearing __traceback__ breaks it.
import gc
import sys


class Payload:
    def __init__(self, size):
        self.data = [0] * size


def deep(payload, level):
    if level == 0:
        raise RuntimeError("failed deep inside!", payload)
    return deep(payload, level - 1)


def capture(payload):
    try:
        deep(payload, 2)
    except RuntimeError as exc:
        kept = exc  # ?rc kept payload
        tb = exc.__traceback__  # ?rc tb
    return kept


def capture_clean(payload):
    try:
        deep(payload, 3)
    except RuntimeError as exc:
        exc.__traceback__ = None
        clean = exc  # ?rc clean payload
    return clean


p = Payload(5)  # ?rc p
gc.collect()
err = capture(p)  # ?rc err p
args = err.args  # ?rc args err
print(sys.getrefcount(p))
del args
err = None  # ?rc p
print(gc.collect())
after = p  # ?rc p after
err2 = capture_clean(p)  # ?rc err2 p
print(gc.collect())
msg = err2.args[0]  # ?rc msg
del err2  # ?rc p msg
print(gc.collect())
