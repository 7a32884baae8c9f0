# Theme: bound-method cycles. Storing self.method on self creates a cycle
# through the bound method object; callbacks lists do too.
import gc


class Widget:
    def __init__(self):
        self.handler = self.on_click  # ?rc self

    def on_click(self):
        return 1


class Bus:
    def __init__(self):
        self.subs = []

    def sub(self, fn):
        self.subs.append(fn)


gc.collect()
w = Widget()  # ?rc w
h = w.handler  # ?rc w h
del h  # ?rc w
del w
print(gc.collect())  # widget + bound method
bus = Bus()  # ?rc bus
w1 = Widget()
w2 = Widget()  # ?rc w2
bus.sub(w1.on_click)  # ?rc w1
bus.sub(w1.on_click)  # ?rc w1
bus.sub(bus.sub)  # ?rc bus
del w1
print(gc.collect())  # nothing: w1 reachable from bus
del bus
print(gc.collect())  # bus, its list, 3 bound methods, w1, w1's bound method
del w2
print(gc.collect())
