# Theme: exceptions kept in a frame's local: the traceback cycle.
import gc
import sys

class Big:
    pass

def fail():
    big = Big()
    try:
        raise ValueError("no")
    except ValueError as e:
        kept = e
    return kept

err = fail()  # ?rc err
tb = err.__traceback__  # ?rc tb
del tb  # ?rc err
err = None
n = gc.collect()
def clean():
    try:
        raise KeyError("k")
    except KeyError:
        info = sys.exc_info()
        return info[0]
t = clean()
m = gc.collect()
