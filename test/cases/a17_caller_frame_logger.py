# Theme: a debug logger that remembered the caller's frame
# (sys._getframe(1)) to print locals later. The stored frame keeps every
# local of the finished call alive; storing a snapshot of chosen values
# instead fixes it. A frame that refers to itself is a cycle.
import gc
import sys


class DebugLog:
    def __init__(self):
        self.frames = []
        self.snapshots = []

    def mark(self):
        self.frames.append(sys._getframe(1))

    def mark_values(self, *names):
        caller = sys._getframe(1)
        try:
            self.snapshots.append({n: caller.f_locals[n] for n in names})
        finally:
            del caller


LOG = DebugLog()


def checkout(cart, discount):
    subtotal = sum(cart)  # ?rc subtotal
    LOG.mark()  # ?rc cart subtotal
    return subtotal * (1 - discount)


def checkout_fixed(cart, discount):
    subtotal = sum(cart)
    LOG.mark_values("subtotal")  # ?rc subtotal cart
    return subtotal * (1 - discount)


gc.collect()
cart = [19.5, 5.25, 3.75]  # ?rc cart
total = checkout(cart, 0.1)  # ?rc cart
fr = LOG.frames[0]  # ?rc fr
print(fr.f_code.co_name, sys.getrefcount(cart))
del fr
LOG.frames.clear()  # ?rc cart
total2 = checkout_fixed(cart, 0.1)  # ?rc cart
snap = LOG.snapshots[0]  # ?rc snap
kept = snap["subtotal"]  # ?rc kept
print(sorted(snap), gc.collect())


def remember_self():
    me = sys._getframe()
    here = me.f_lineno  # ?rc me
    return here


line = remember_self()
print(gc.collect())  # the frame held itself through `me`
