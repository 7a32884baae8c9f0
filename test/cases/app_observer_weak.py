# Theme: an observer pattern. A subject keeps strong references to observer
# callbacks in a list, and weak references in a WeakSet-free dict keyed by
# id; observers that hold the subject make cycles.
import gc
import weakref


class Subject:
    def __init__(self):
        self.listeners = []
        self.weak = {}

    def subscribe(self, fn):
        self.listeners.append(fn)  # ?rc fn

    def watch(self, obj):
        self.weak[id(obj)] = weakref.ref(obj)

    def emit(self, event):
        for fn in self.listeners:
            fn(event)
        alive = [r() for r in self.weak.values() if r() is not None]  # ?rc alive
        return len(alive)


class Printer:
    def __init__(self, subject):
        self.subject = subject
        self.seen = []
        subject.subscribe(self.on_event)  # ?rc self

    def on_event(self, event):
        self.seen.append(event)  # ?rc event


gc.collect()
subj = Subject()  # ?rc subj
p = Printer(subj)  # ?rc p subj
subj.watch(p)  # ?rc p
evt = {"kind": 1.5}  # ?rc evt
n = subj.emit(evt)  # ?rc evt p
n = subj.emit(evt)  # ?rc evt
received = p.seen  # ?rc received evt
del received
del p  # still alive through the bound method in the list
print(gc.collect())  # nothing: subj is named
subj.listeners.clear()  # printer <-> subject remain a cycle
print(gc.collect())
n = subj.emit(evt)  # ?rc evt
del subj
print(gc.collect())  # subject, its list, its dict, one weakref
