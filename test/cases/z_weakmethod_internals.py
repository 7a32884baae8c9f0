# weakref.WeakMethod is seven GC objects (itself, a weakref to the function,
# the _cb closure with its tuple and two cells, and a weakref to itself);
# gc.collect() counts them all, and a callback runs inside _cb.
import gc
import sys
import weakref


class Handler:
    def on_event(self, payload):
        return payload


def gone(w):
    print("callback", sys.getrefcount(w))


h = Handler()  # ?rc h
wm = weakref.WeakMethod(h.on_event)  # ?rc wm h
n = weakref.getweakrefcount(wm)
print(n)
subs = [wm]  # ?rc subs wm
subs.append(subs)  # ?rc subs
del wm, subs
print(gc.collect())  # the list and the WeakMethod's 7 objects
wcb = weakref.WeakMethod(h.on_event, gone)  # ?rc wcb h
bound = wcb()  # ?rc bound h
del bound  # ?rc h
del h  # the callback runs with the WeakMethod
print(wcb() is None)
dead = [wcb]  # ?rc dead wcb
dead.append(dead)
del wcb, dead
print(gc.collect())  # still 8
k = Handler()
k.self_wm = weakref.WeakMethod(k.on_event)  # ?rc k
del k
print(gc.collect())  # k is not in a cycle: freed at once
