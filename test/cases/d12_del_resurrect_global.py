# Theme: a __del__ that resurrects its object into a module-level list. The
# finalizer runs once per object: a resurrected object that dies again is
# simply freed, whether it dies by its count or in a collected cycle.
import gc
import sys

graveyard = []


class Conn:
    closed = 0

    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        Conn.closed += 1
        graveyard.append(self)  # ?rc self


gc.collect()
c = Conn("primary link")  # ?rc c
alias = c  # ?rc c
del c  # ?rc alias
del alias  # __del__ runs and resurrects it
back = graveyard.pop()  # ?rc back
print(sys.getrefcount(back))
del back  # freed for good, __del__ does not run again
print(gc.collect())
x = Conn("left end")
y = Conn("right end")
x.peer, y.peer = y, x  # ?rc x y
del x, y
print(gc.collect())  # both finalizers resurrect: nothing freed
left = graveyard[0]  # ?rc left
right = left.peer  # ?rc left right
graveyard.clear()  # ?rc left right
del left, right
print(gc.collect())  # now the pair is freed, no finalizer reruns
print(Conn.closed)
lone = Conn("self loop")
lone.peer = lone  # ?rc lone
del lone
print(gc.collect())
again = graveyard[-1]  # ?rc again
