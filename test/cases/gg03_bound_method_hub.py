# Theme: an event hub stores bound methods in a dict of handler lists. Each
# bound method holds its instance (__self__), so widgets never die until
# their handlers are removed; WeakMethod entries fix the leak.
import gc
import sys
import weakref


class Hub:
    def __init__(self):
        self.handlers = {}

    def on(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)

    def fire(self, event, value):
        for fn in self.handlers.get(event, ()):
            fn(value)


class Widget:
    def __init__(self, label):
        self.label = label
        self.seen = []

    def refresh(self, value):
        self.seen.append(value)


hub = Hub()
w1 = Widget("main panel")  # ?rc w1
hub.on("tick", w1.refresh)  # ?rc w1
hub.on("tick", w1.refresh)  # ?rc w1 -- two distinct bound method objects
m = hub.handlers["tick"][0]  # ?rc m w1
print(m.__self__ is w1, sys.getrefcount(w1))
del m
probe = weakref.ref(w1)
del w1
print(probe() is not None)
hub.fire("tick", 2.5)
ticks = hub.handlers.pop("tick")  # ?rc ticks
survivor = probe()  # ?rc survivor
del ticks  # ?rc survivor
seen = survivor.seen  # ?rc seen
del survivor
print(probe() is None, len(seen))
w2 = Widget("side panel")  # ?rc w2
wm = weakref.WeakMethod(w2.refresh)  # ?rc w2 wm
hub.on("tock", wm)  # ?rc wm
fn = wm()  # ?rc w2 fn
fn(1.25)
del fn  # ?rc w2
del w2  # ?rc wm
print(wm() is None, gc.collect())
