# Theme: a progress reporter tracks listeners in a WeakSet so that closed
# views unregister themselves just by being dropped. Only len() and
# membership are used: the set's iteration order depends on addresses.
import gc
import sys
import weakref


class View:
    def __init__(self, title):
        self.title = title
        self.progress = []


class Reporter:
    def __init__(self):
        self.listeners = weakref.WeakSet()
        self.strong = []

    def attach(self, view, pin=False):
        self.listeners.add(view)
        if pin:
            self.strong.append(view)


rep = Reporter()
v1 = View("editor pane")  # ?rc v1
rep.attach(v1)  # ?rc v1
v2 = View("console pane")
rep.attach(v2, pin=True)  # ?rc v2
print(len(rep.listeners), v1 in rep.listeners)
del v1
print(len(rep.listeners))
del v2
print(len(rep.listeners))  # pinned: still there
rep.strong.clear()
print(len(rep.listeners))
v3 = View("status bar")  # ?rc v3
v3.progress.append(v3)  # ?rc v3
rep.attach(v3)  # ?rc v3
del v3
print(len(rep.listeners))  # cycle keeps it until a collection
print(gc.collect(), len(rep.listeners))
v4 = View("log pane")
rep.attach(v4)
snapshot = list(rep.listeners)  # ?rc v4 snapshot
del snapshot  # ?rc v4
copy_set = rep.listeners.copy()  # ?rc v4
other = weakref.WeakSet([v4])  # ?rc v4
both = rep.listeners & other  # ?rc v4
print(len(both), len(copy_set))
del v4
print(len(rep.listeners), len(other), len(both))
