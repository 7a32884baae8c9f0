# Theme: __del__ finalizers in cycles (PEP 442): the finalizer runs, then
# the cycle is freed; a finalizer that resurrects keeps objects alive.
import gc

log = []
keep = []


class Fin:
    def __del__(self):
        log.append(1)


class Phoenix:
    def __del__(self):
        keep.append(self)


gc.collect()
a, b = Fin(), Fin()
a.o, b.o = b, a  # ?rc a b
del a, b
print(gc.collect())  # both freed after __del__
f = Fin()
f.me = f  # ?rc f
del f
print(gc.collect())
p = Phoenix()
p.me = p  # ?rc p
del p
print(gc.collect())  # resurrected: not counted
back = keep[0]  # ?rc back
keep.clear()  # ?rc back
del back
print(gc.collect())  # __del__ does not run twice: freed now
plain = Fin()  # ?rc plain
del plain  # refcount drop runs __del__ directly
print(gc.collect())
