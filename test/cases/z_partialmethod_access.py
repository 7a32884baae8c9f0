# Theme: functools.partialmethod read through an instance builds a partial over a bound method, with __self__ in its own __dict__
import gc
from functools import partialmethod


class Valve:
    def __init__(self):
        self.events = []

    def set_state(self, state, *, reason="manual"):
        self.events.append((state, reason))
        return state

    open = partialmethod(set_state, 1.5)
    close = partialmethod(set_state, 0.5, reason="auto")
    toggle = partialmethod(set_state)


class SlowValve(Valve):
    def open(self):
        return super().open()


v = Valve()  # ?rc v
handler = v.open  # ?rc v handler
owner = handler.__self__  # ?rc v owner
del owner  # ?rc v
result = handler()  # ?rc v result
other = v.close  # ?rc v other
other()  # ?rc v
flip = v.toggle  # ?rc v flip
flip(2.5)  # ?rc v
v.open()  # ?rc v
v.keep = v.close  # ?rc v
del handler, other, flip  # ?rc v
del v
print(gc.collect())
s = SlowValve()  # ?rc s
r = s.open()  # ?rc s r
s.back = s  # ?rc s
del s
print(gc.collect())
