# Theme: finalizers in cycles: an object whose bound method refers back to
# it, a cycle mixing a finalizable and a plain object, and an object
# resurrected once (its __del__ does not run a second time).
import gc

log = []
saved = []


class Closer:
    def __init__(self):
        self.callback = self.close  # a bound method: a self-cycle

    def close(self):
        log.append("closed")

    def __del__(self):
        self.close()
        self.callback = None  # ?rc self


class Holder:
    pass


class Once:
    def __del__(self):
        saved.append(self)  # ?rc self


gc.collect()
c = Closer()  # ?rc c
cb = c.callback  # ?rc c cb
del cb  # ?rc c
del c
print(gc.collect())  # the instance and its bound method
h = Holder()
c2 = Closer()
h.partner, c2.partner = c2, h  # ?rc h c2
del h, c2
print(gc.collect())
o = Once()
o.me = o  # ?rc o
del o
print(gc.collect())  # resurrected: nothing freed
back = saved.pop()  # ?rc back
del back
print(gc.collect())  # no __del__ this time
print(len(saved), len(log))
