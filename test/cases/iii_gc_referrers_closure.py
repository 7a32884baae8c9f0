# Theme: gc.get_referrers / get_referents on a closure cell and a list; the
# returned lists hold new references to what they found.
import gc
import sys


class Obj:
    pass


def make(o):
    def get():
        return o
    return get


o = Obj()  # ?rc o
fn = make(o)  # ?rc o fn
cell = fn.__closure__[0]  # ?rc cell o
refs = gc.get_referents(cell)  # ?rc o refs
box = [o]  # ?rc o box
inside = gc.get_referents(box)  # ?rc o inside
print(gc.is_tracked(box))
print(gc.is_tracked(o))
print(sys.getrefcount(o))
del refs, inside  # ?rc o
del fn  # ?rc cell o
del cell  # ?rc o
print(gc.collect())
