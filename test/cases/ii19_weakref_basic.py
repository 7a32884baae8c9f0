# Theme: WeakValueDictionary, WeakKeyDictionary and WeakMethod. They hold
# the objects only weakly but their own parts strongly; a plain ref to a
# bound method dies at once because the bound method is a temporary.
import weakref


class Obj:
    def method(self):
        return self


o1, o2 = Obj(), Obj()  # ?rc o1 o2
cache = weakref.WeakValueDictionary()
cache["one item"] = o1  # ?rc o1
got = cache["one item"]  # ?rc o1 got
meta = weakref.WeakKeyDictionary()
info = [0.5]
meta[o2] = info  # ?rc o2 info
wm = weakref.WeakMethod(o1.method)  # ?rc o1 wm
bm = wm()  # ?rc o1 bm
dead = weakref.ref(o1.method)  # ?rc o1 dead
del bm, got  # ?rc o1
del o2  # ?rc info -- the entry went with its key
fn_ref = weakref.ref(Obj.method)  # ?rc fn_ref
func = fn_ref()  # ?rc func
del o1  # ?rc wm
size = len(cache) + 0.5  # ?rc cache
