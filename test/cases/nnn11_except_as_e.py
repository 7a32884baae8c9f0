# What survives an except block: `as e` is deleted at the end of the block,
# but a copy stored elsewhere keeps the exception, its traceback and the
# frames it points at alive (and builds a cycle).
import gc
import sys


class Payload:
    pass


class Oops(Exception):
    pass


gc.collect()
pl = Payload()  # ?rc pl
try:
    raise Oops(pl)
except Oops as e:
    print(sys.getrefcount(e))
    inner_arg = e.args[0]  # ?rc pl
print("e" in globals())
saved = None
try:
    raise Oops(pl)
except Oops as e:
    saved = e  # ?rc pl
print(sys.getrefcount(saved))
args = saved.args  # ?rc pl
del saved, args  # ?rc pl
print(gc.collect())


def fail(obj):
    local = obj  # ?rc obj
    raise Oops(local)


def catcher(obj):
    try:
        fail(obj)
    except Oops as err:
        tb = err.__traceback__  # ?rc obj tb
        kept = err  # ?rc err obj
        names = tb.tb_frame.f_locals  # ?rc obj
    return kept


ex = catcher(pl)  # ?rc pl ex
print(sys.getrefcount(pl))
ex.__traceback__ = None  # ?rc pl ex
del ex  # ?rc pl
print(gc.collect())
ex2 = catcher(pl)  # ?rc pl
del ex2
print(gc.collect())  # the exception, its traceback entries, frames (and f_locals)
print(sys.getrefcount(pl))
