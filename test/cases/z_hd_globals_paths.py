# The script's globals dict reached without globals(): a function's __globals__, a frame's
# f_globals, and a module-level frame's f_locals (module code has no fast locals: its
# f_locals is the globals dict itself, on 3.11-3.13 alike). Reading an entry through any of
# them gives the global's object, and the dict is the one shared object.
import sys


class Obj:
    pass


def f():
    fr = sys._getframe()
    seen = fr.f_globals  # ?rc seen
    return seen["o"]


o = Obj()  # ?rc o
g1 = f.__globals__  # ?rc o
k1 = [g1["o"]]  # ?rc o k1
fr = sys._getframe()
g2 = fr.f_globals  # ?rc o
print(g1 is g2)
k2 = [g2["o"]]  # ?rc o k2
g3 = fr.f_locals  # ?rc o
print(g3 is g2)
k3 = [g3["o"]]  # ?rc o k3
got = f()  # ?rc o got
ini = f.__globals__.get("o")  # ?rc o ini
del k1, k2, k3, ini, got  # ?rc o
g1["fresh"] = [2.5]
val = fresh  # ?rc val
print(sys.getrefcount(o))
