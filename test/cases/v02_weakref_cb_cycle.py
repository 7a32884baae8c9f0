# Theme: weakref callbacks that record dead references into a log list. The
# callback is the list's bound append method, so each live weakref keeps the
# list alive; the log also sits in a cycle with its owner, so only the
# collector frees it.
import gc
import weakref


class Registry:
    def __init__(self):
        self.log = [self]  # the log refers back to its owner
        self.refs = []

    def watch(self, obj):
        r = weakref.ref(obj, self.log.append)
        self.refs.append(r)
        return r


class Widget:
    pass


gc.collect()
reg = Registry()
log = reg.log  # ?rc log
w1 = Widget()
w2 = Widget()
r1 = reg.watch(w1)  # ?rc r1 log w1
r2 = reg.watch(w2)  # ?rc log r2
again = weakref.ref(w1)  # ?rc r1 again -- no callback: the shared ref
del w1  # ?rc r1 log again -- callback ran and was dropped
del w2  # ?rc log r2
print(len(log), again() is None)
del reg, log
print(gc.collect())  # the registry, its log and its refs list
leftover = r1  # ?rc r1


def make_tracker():
    dead = []

    def note(ref):
        dead.append(ref)

    return dead, note


dead, note = make_tracker()  # ?rc note
items = [Widget(), Widget()]
trackers = [weakref.ref(w, note) for w in items]  # ?rc note trackers
t0 = trackers[0]  # ?rc t0
items.pop()  # ?rc dead note
items.clear()  # ?rc t0 note
del trackers  # ?rc t0
