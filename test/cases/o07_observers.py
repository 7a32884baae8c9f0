# Event system: observers register bound methods in lists; WeakMethod-based variant.
import weakref
import gc


class Signal:
    def __init__(self):
        self.handlers = []

    def connect(self, fn):
        self.handlers.append(fn)  # ?rc fn
        return fn

    def emit(self, value):
        for h in self.handlers:
            h(value)


class WeakSignal:
    def __init__(self):
        self.refs = []

    def connect(self, method):
        wm = weakref.WeakMethod(method)  # ?rc wm method
        self.refs.append(wm)

    def emit(self, value):
        alive = 0
        for r in self.refs:
            fn = r()
            if fn is not None:
                fn(value)
                alive += 1
        return alive


class Counter:
    def __init__(self, name):
        self.name = name
        self.total = 0.0

    def on_value(self, v):
        self.total += v


sig = Signal()
c = Counter("strong counter")  # ?rc c
bm = sig.connect(c.on_value)  # ?rc bm c
sig.emit(2.5)
sig.emit(4.5)
same = c.on_value  # ?rc same c
del same
ws = WeakSignal()
w = Counter("weak counter")  # ?rc w
ws.connect(w.on_value)  # ?rc w
alive = ws.emit(1.5)
wref = ws.refs[0]  # ?rc wref
del bm  # ?rc c
del c
print(gc.collect())
sig.handlers.clear()
print(gc.collect())
del w
alive2 = ws.emit(1.5)
dead = wref()
c3 = Counter("cyclic")  # ?rc c3
c3.me = c3.on_value  # ?rc c3
del c3
n = gc.collect()
print(alive, alive2, dead, n)
