# Application-style: an event bus with subscribers, callbacks and cleanup.
import gc
import weakref


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, kind, fn):
        self.handlers.setdefault(kind, []).append(fn)  # ?rc fn

    def emit(self, kind, payload):
        for fn in self.handlers.get(kind, []):
            fn(payload)  # ?rc payload
        return len(self.handlers.get(kind, []))


class Logger:
    def __init__(self, bus):
        self.lines = []
        self.bus = bus
        bus.on("msg", self.write)

    def write(self, payload):
        self.lines.append(payload)  # ?rc payload self


bus = Bus()  # ?rc bus
log = Logger(bus)  # ?rc log bus
msg = ["hello there"]  # ?rc msg
n = bus.emit("msg", msg)  # ?rc msg log
seen = []
bus.on("msg", seen.append)  # ?rc seen
bus.emit("msg", msg)  # ?rc msg seen
probe = weakref.ref(log)  # ?rc log probe
del log  # ?rc probe bus
print(gc.collect())
bus.handlers.clear()  # ?rc bus
del bus
print(gc.collect())
alive = probe()  # ?rc alive
