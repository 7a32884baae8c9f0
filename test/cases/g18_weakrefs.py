# Theme: weakref.ref, proxy, WeakValueDictionary, finalize and callbacks.
# Weak references do not change the referent's count.
import weakref
import gc


class Obj:
    pass


dead = []


def cb(ref):
    dead.append(ref)


o = Obj()  # ?rc o
r1 = weakref.ref(o)  # ?rc o r1
r2 = weakref.ref(o)  # ?rc r1 r2 -- same ref object reused
r3 = weakref.ref(o, cb)  # ?rc o r3
px = weakref.proxy(o)  # ?rc o px
strong = r1()  # ?rc o strong
del strong  # ?rc o
wvd = weakref.WeakValueDictionary()
wvd["first key"] = o  # ?rc o
got = wvd["first key"]  # ?rc o got
del got  # ?rc o
fin = weakref.finalize(o, dead.append, "finalized!")  # ?rc o fin
del o  # ?rc r1 r3 fin
n = len(dead)  # ?rc r3
dead.clear()  # ?rc r3
c1 = Obj()
c1.me = c1
wc = weakref.ref(c1, cb)  # ?rc c1 wc
del c1
print(gc.collect())  # the self-cycle; the callback runs
d0 = dead[0]  # ?rc wc d0
