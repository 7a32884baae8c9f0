# Theme: an event publisher that kept subscribers alive through stored bound
# methods. The fix stores weakref.WeakMethod objects whose callback removes
# the dead entry from the list, so the list does not fill up with corpses.
import gc
import sys
import weakref


class Publisher:
    def __init__(self):
        self.handlers = []

    def subscribe(self, method):
        ref = weakref.WeakMethod(method, self._forget)
        self.handlers.append(ref)
        return ref

    def _forget(self, ref):
        self.handlers.remove(ref)

    def publish(self, message):
        delivered = 0
        for ref in list(self.handlers):
            handler = ref()
            if handler is not None:
                handler(message)
                delivered += 1
        return delivered


class Dashboard:
    def __init__(self, name):
        self.name = name
        self.inbox = []

    def on_message(self, message):
        self.inbox.append(message)


gc.collect()
pub = Publisher()  # ?rc pub
d1 = Dashboard("sales board")  # ?rc d1
d2 = Dashboard("ops board")
r1 = pub.subscribe(d1.on_message)  # ?rc d1 r1 pub
r2 = pub.subscribe(d2.on_message)  # ?rc r2
msg = ["deploy", 2.5]  # ?rc msg
n = pub.publish(msg)  # ?rc msg d1
print(n, sys.getrefcount(d1))
del d2  # ?rc r2 -- the callback ran and took r2 out of the list
print(len(pub.handlers), gc.collect())
live = r1()  # ?rc live d1
del live
del d1  # ?rc r1 msg
print(len(pub.handlers), sys.getrefcount(pub))
del r1, r2
print(gc.collect())  # the WeakMethods' callbacks hold pub._forget: no cycle
d3 = Dashboard("self-referencing board")
d3.me = d3
pub.subscribe(d3.on_message)
del d3
print(len(pub.handlers), gc.collect())  # the board, its inbox, its WeakMethod
