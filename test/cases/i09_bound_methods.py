# Theme: bound methods stored in lists and dicts. A bound method holds its
# instance; storing it on the instance makes a cycle through self.
import gc


class Handler:
    def __init__(self):
        self.callbacks = []

    def on(self):
        return 1.5

    def register(self):
        self.callbacks.append(self.on)  # ?rc self


h = Handler()  # ?rc h
m = h.on  # ?rc h m
lst = [h.on, h.on]  # ?rc h lst
table = {"go now": h.on}  # ?rc h
del lst  # ?rc h
h.register()  # ?rc h
h.register()  # ?rc h
self_m = h.callbacks[0]  # ?rc self_m h
del self_m, m, table  # ?rc h
del h
print(gc.collect())
g = Handler()  # ?rc g
g.me = g.on  # ?rc g
del g
n = gc.collect()
k = Handler()
k.d = {"x y": k.register}  # ?rc k
del k
print(gc.collect())
