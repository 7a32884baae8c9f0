# inspect.currentframe() is sys._getframe(1) run inside inspect: the caller's own frame
# object. inspect.stack() / getouterframes() / trace() / getinnerframes() return a new list
# of FrameInfo records, each holding a frame object (plus its file name, line, source lines
# and positions). A frame object kept past its call keeps that call's locals alive, so a
# record list stored in a local of the frame it describes is a cycle: the locals live until
# gc.collect() frees it together with the records.
import gc
import inspect
import sys


class Obj:
    pass


def peek(arg):
    fr = inspect.currentframe()  # ?rc arg fr
    return fr


def stack_of(arg):
    st = inspect.stack()  # ?rc arg st
    first = st[0]  # ?rc first
    print(first.function, len(st))
    return st


def outer(arg):
    frames = inspect.getouterframes(inspect.currentframe())  # ?rc arg frames
    return len(frames)


def fail(arg):
    raise ValueError(arg)


o = Obj()  # ?rc o
got = peek(o)  # ?rc got o
del got  # ?rc o
print(gc.collect())
print(sys.getrefcount(o))
records = stack_of(o)  # ?rc records o
del records  # ?rc o
print(gc.collect() > 0)
print(sys.getrefcount(o))
n = outer(o)  # ?rc o
print(gc.collect() > 0)
try:
    fail(o)
except ValueError:
    tr = inspect.trace()  # ?rc tr o
    inner = inspect.getinnerframes(sys.exc_info()[2])  # ?rc inner o
del tr, inner  # ?rc o
print(gc.collect() > 0)
print(sys.getrefcount(o))
