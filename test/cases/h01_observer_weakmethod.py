# Theme: an observer pattern that leaks through bound methods, then the
# fix with weakref.WeakMethod.
import gc
import sys
import weakref


class Subject:
    def __init__(self):
        self.observers = []

    def attach(self, callback):
        self.observers.append(callback)

    def notify(self, value):
        for cb in list(self.observers):
            cb(value)


class Listener:
    def __init__(self):
        self.seen = []

    def on_event(self, value):
        self.seen.append(value)  # ?rc value


gc.collect()
subject = Subject()  # ?rc subject
lis = Listener()  # ?rc lis
subject.attach(lis.on_event)  # ?rc lis -- the bound method keeps lis alive
payload = [1.5, 2.5]  # ?rc payload
subject.notify(payload)  # ?rc payload lis
print(sys.getrefcount(lis))
del lis
print(gc.collect())  # no cycle: the listener is simply still alive
survivor = subject.observers[0].__self__  # ?rc survivor
del survivor
subject.observers.clear()
print(gc.collect())


class WeakSubject:
    def __init__(self):
        self.observers = []

    def attach(self, method):
        self.observers.append(weakref.WeakMethod(method))

    def notify(self, value):
        for ref in self.observers:
            cb = ref()
            if cb is not None:
                cb(value)


ws = WeakSubject()  # ?rc ws
lis2 = Listener()  # ?rc lis2
ws.attach(lis2.on_event)  # ?rc lis2 -- only a weak reference is stored
wm = ws.observers[0]  # ?rc wm
ws.notify(payload)  # ?rc payload
bound = wm()  # ?rc lis2 bound
del bound  # ?rc lis2
print(sys.getrefcount(lis2))
del lis2  # ?rc wm
dead = wm()
print(dead is None)
print(gc.collect())
seen_list = payload  # ?rc seen_list
