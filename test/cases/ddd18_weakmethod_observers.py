# Theme: an observable that holds observers either as strong bound methods
# (keeps the observer alive and builds a cycle) or as weakref.WeakMethod
# (does not).
import gc
import sys
import weakref


class Observable:
    def __init__(self):
        self.strong = []
        self.weak = []

    def notify(self, value):
        seen = 0
        for cb in self.strong:
            cb(value)
            seen += 1
        for wm in self.weak:
            cb = wm()
            if cb is not None:
                cb(value)  # ?rc cb
                seen += 1
        return seen


class Counter:
    def __init__(self, source, weak):
        self.total = 0.0
        self.source = source
        if weak:
            source.weak.append(weakref.WeakMethod(self.add))
        else:
            source.strong.append(self.add)

    def add(self, value):
        self.total += value


gc.collect()
src = Observable()  # ?rc src
c1 = Counter(src, weak=False)  # ?rc c1 src
c2 = Counter(src, weak=True)  # ?rc c2
print(src.notify(1.5))
wm = src.weak[0]  # ?rc wm
print(sys.getrefcount(c1), sys.getrefcount(c2))
del c2
print(wm() is None, src.notify(2.5))
del c1
print(gc.collect())  # c1 reachable from src.strong
del src  # ?rc wm
n = gc.collect()
print(n)
