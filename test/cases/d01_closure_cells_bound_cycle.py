# Theme: a closure factory whose cells hold a model and a history list; the
# model later stores a bound method of a handler that points back at it, so
# the model ends up in a cycle that only the collector can free once the
# closure (the last outside owner) is gone.
import gc
import sys


class Model:
    def __init__(self, label):
        self.label = label
        self.listeners = []


class Handler:
    def __init__(self, model):
        self.model = model

    def notify(self, value):
        self.model.listeners.append(value)
        return len(self.model.listeners)


def make_tracker(model):
    history = []

    def track(value):
        history.append(value)
        return model

    return track, history


gc.collect()
m = Model("primary model")  # ?rc m
track, hist = make_tracker(m)  # ?rc m track hist
got = track(2.5 * 3)  # ?rc m got hist
h = Handler(m)  # ?rc m h
m.callback = h.notify  # ?rc m h -- model -> bound method -> handler -> model
count = m.callback(7.5 * 2)  # ?rc m h
del got  # ?rc m
print(sys.getrefcount(m))
del h  # ?rc m
print(gc.collect())  # nothing: m and track are still named
del m  # ?rc track hist
print(gc.collect())  # the model is still reachable through the cell
cb = track(1.5 * 2).callback  # ?rc cb track
del cb
del track  # ?rc hist
print(gc.collect())  # model, its listeners list, bound method, handler
print(len(hist))
