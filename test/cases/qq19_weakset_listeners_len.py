# Theme: an event bus holding listeners in a weakref.WeakSet (only its
# length is inspected, never its order); listeners vanish when dropped, and
# a strong "pinned" list keeps some alive on purpose.
import gc
import weakref


class Listener:
    def __init__(self, tag):
        self.tag = tag
        self.count = 0

    def __call__(self, event):
        self.count += 1


class Bus:
    def __init__(self):
        self.listeners = weakref.WeakSet()
        self.pinned = []

    def subscribe(self, fn, pin=False):
        self.listeners.add(fn)
        if pin:
            self.pinned.append(fn)
        return fn


bus = Bus()  # ?rc bus
l1 = bus.subscribe(Listener(1.5))  # ?rc l1
l2 = bus.subscribe(Listener(2.5), pin=True)  # ?rc l2
print(len(bus.listeners))
l3 = bus.subscribe(l1)  # ?rc l1 l3
inset = l1 in bus.listeners
print(inset, len(bus.listeners))
del l1, l3
print(len(bus.listeners))
del l2  # ?rc bus
pinned = bus.pinned  # ?rc pinned
survivor = pinned[0]  # ?rc survivor
l4 = Listener(4.5)
l4.me = l4  # ?rc l4
bus.subscribe(l4)  # ?rc l4
del l4
print(len(bus.listeners), gc.collect(), len(bus.listeners))
pinned.clear()  # ?rc survivor
