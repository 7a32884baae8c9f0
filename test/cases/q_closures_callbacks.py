# Application: an event bus with closures holding nonlocal counters and a
# registry of bound-method callbacks; subscribers referencing the bus form
# cycles collected by gc.
import gc
import sys


def make_counter(label):
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return label, count

    return bump


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)

    def emit(self, event, payload):
        results = []
        for fn in self.handlers.get(event, []):
            results.append(fn(payload))
        return results


class Listener:
    def __init__(self, bus, name):
        self.bus = bus
        self.name = name
        self.seen = []
        bus.on("msg", self.handle)

    def handle(self, payload):
        self.seen.append(payload)  # ?rc payload
        return self.name


tick = make_counter("ticks so far")  # ?rc tick
tick()
pair = tick(5)  # ?rc pair
cells = tick.__closure__  # ?rc cells
cell0 = cells[0]  # ?rc cell0
bus = Bus()  # ?rc bus
l1 = Listener(bus, "first listener")  # ?rc l1 bus
l2 = Listener(bus, "second listener")  # ?rc l2
bus.on("tick", lambda p: tick(p))  # ?rc tick
data = {"k": 2.5}  # ?rc data
res = bus.emit("msg", data)  # ?rc res data l1
tk = bus.emit("tick", 3)  # ?rc tk
handlers = bus.handlers["msg"]  # ?rc handlers
h0 = handlers[0]  # ?rc h0 l1
print(sys.getrefcount(l1), sys.getrefcount(bus))
del h0  # ?rc l1
del l1, l2  # ?rc data
print(gc.collect())
handlers.clear()  # ?rc data
del bus, handlers  # ?rc tick
print(gc.collect())
