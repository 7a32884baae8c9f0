# weakref.ref and weakref.proxy do not add to the count; a callback fires
# the moment the last strong reference goes, unless the object sits in a
# cycle, in which case it fires only during gc.collect().
import gc
import sys
import weakref

fired = []


class Kite:
    def fly(self):
        return self


def note(ref):
    fired.append(ref)  # ?rc ref


k = Kite()
r = weakref.ref(k)  # ?rc k r
r_same = weakref.ref(k)  # ?rc r_same -- callback-less refs are shared
r_cb = weakref.ref(k, note)  # ?rc r_cb
px = weakref.proxy(k)  # ?rc k
strong = r()  # ?rc k
via_proxy = px.fly()  # ?rc k
del strong, via_proxy  # ?rc k
print(weakref.getweakrefcount(k))
del k  # ?rc r_cb r
print(len(fired))
fired.clear()  # ?rc r_cb
loop = Kite()
loop.me = loop
w = weakref.ref(loop, note)  # ?rc loop w
del loop  # ?rc w -- nothing fired yet
print(gc.collect())
print(len(fired))


def make_pair():
    a = Kite()
    b = Kite()
    a.peer, b.peer = b, a  # ?rc a
    return weakref.ref(a, note), weakref.proxy(b, note)


wa, pb = make_pair()  # ?rc wa pb
print(wa() is not None)
print(gc.collect())
print(len(fired))
last = fired[-1]  # ?rc last
fired.clear()
print(sys.getrefcount(w))
