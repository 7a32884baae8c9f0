# Theme: bound methods stored in other objects: a button holding the
# handler's bound method, and an object storing its own bound methods in a
# dict of handlers.
import gc


class Handler:
    def on(self, ev):
        return ev


class Dispatcher:
    def __init__(self):
        self.table = {"x": self.handle_x, "y": self.handle_y}

    def handle_x(self):
        return 1

    def handle_y(self):
        return 2


gc.collect()
h = Handler()  # ?rc h
callbacks = [h.on, h.on]  # ?rc h callbacks
del callbacks  # ?rc h
del h
print(gc.collect())  # no cycle
dsp = Dispatcher()  # ?rc dsp
meth = dsp.table["x"]  # ?rc dsp meth
del meth  # ?rc dsp
del dsp
print(gc.collect())  # instance, table dict, two bound methods
h2 = Handler()
h2.cb = h2.on  # ?rc h2
h2.cbs = [h2.on]  # ?rc h2
del h2
print(gc.collect())  # instance, two bound methods, the list
