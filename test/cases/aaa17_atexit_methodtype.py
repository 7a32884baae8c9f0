# Theme: registering callbacks in interpreter-wide registries: atexit keeps
# the function (a bound method keeps its instance) until exit unless it is
# unregistered; types.MethodType binds by hand.
import atexit
import types


class Flusher:
    def __init__(self, name):
        self.name = name
        self.buf = []

    def flush(self):
        self.buf.clear()


def shout(self, text):
    self.buf.append(text)


f = Flusher("stdout flusher")  # ?rc f
atexit.register(f.flush)  # ?rc f
g = Flusher("stderr flusher")
cb = atexit.register(g.flush)  # ?rc g cb
atexit.unregister(cb)  # ?rc g
del cb  # ?rc g
m = types.MethodType(shout, f)  # ?rc f m
f.shout = m  # ?rc f m
m("hello world!")  # ?rc m
del m  # ?rc f
h = Flusher("temp flusher")
atexit.register(lambda: h.flush())  # ?rc h
