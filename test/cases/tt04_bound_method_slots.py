# Theme: objects keeping a bound method of themselves as a callback, once
# in an ordinary instance (__dict__) and once in a __slots__ instance.
import gc
import sys
import types


class Timer:
    def __init__(self):
        self.callback = self.tick  # ?rc self
        self.ticks = [0.5]

    def tick(self):
        self.ticks.append(0.5)
        return len(self.ticks)


class SlotTimer:
    __slots__ = ("callback", "ticks")

    def __init__(self):
        self.callback = self.tick  # ?rc self
        self.ticks = [0.5]

    def tick(self):
        self.ticks.append(0.5)
        return len(self.ticks)


gc.collect()
t = Timer()  # ?rc t
cb = t.callback  # ?rc t cb
n = cb()  # ?rc t cb
print(sys.getrefcount(cb))
del cb  # ?rc t
fresh = t.tick  # ?rc t fresh -- a new bound method each time
del fresh
s = SlotTimer()  # ?rc s
scb = s.callback  # ?rc s scb
del scb
print(sys.getrefcount(s))
del t
print(gc.collect())  # Timer, its bound method, its list
del s
print(gc.collect())  # SlotTimer, its bound method, its list
t2 = Timer()
t2.callback = None  # ?rc t2 -- the cycle is broken by hand
del t2
print(gc.collect())


def beep(self):
    return len(self.ticks)


t3 = Timer()
t3.alarm = types.MethodType(beep, t3)  # ?rc t3 -- a per-instance method
count = t3.alarm()  # ?rc t3
del t3
print(gc.collect())  # Timer, 2 bound methods, its list
