# A running function's frame object handed to code the analysis does not follow
# (here argparse.Namespace keeps it): that code can read the frame's variables
# through f_locals, and when the function returns a frame object still held takes
# its variables over (PyFrame's take-ownership copy), so they outlive the call.
import argparse
import gc
import sys


class Obj:
    pass


def keep(arg):
    local = [arg]  # ?rc arg local
    ns = argparse.Namespace(fr=sys._getframe())
    return ns


def plain(arg):
    fr = sys._getframe()  # ?rc arg
    return 1


o = Obj()  # ?rc o
got = keep(o)  # ?rc o
del got  # ?rc o
print(gc.collect())
print(sys.getrefcount(o))
p = Obj()  # ?rc p
n = plain(p)  # ?rc p
print(gc.collect())
print(sys.getrefcount(p))
