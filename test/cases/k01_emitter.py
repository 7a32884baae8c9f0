# Observer / event emitter with bound-method callbacks: subscribing a bound
# method keeps the subscriber alive; unsubscribing and cycles through self.
import gc


class Emitter:
    def __init__(self):
        self.handlers = {}

    def on(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)  # ?rc fn

    def off(self, event, fn):
        self.handlers[event].remove(fn)

    def emit(self, event, payload):
        count = 0
        for fn in self.handlers.get(event, []):
            fn(payload)
            count += 1
        return count


class Listener:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def handle(self, payload):
        self.seen.append(payload)  # ?rc payload


gc.collect()
bus = Emitter()  # ?rc bus
lis = Listener("first listener")  # ?rc lis
bus.on("save", lis.handle)  # ?rc lis
bus.on("load", lis.handle)  # ?rc lis
msg = {"path": "/tmp/x.txt"}  # ?rc msg
n = bus.emit("save", msg)  # ?rc msg lis
seen = lis.seen  # ?rc seen msg
handler = lis.handle  # ?rc lis handler
bus.off("save", handler)  # ?rc lis handler
del handler  # ?rc lis
bus.off("load", lis.handle)  # ?rc lis
del lis  # ?rc seen msg
print(gc.collect())


class SelfWiring:
    def __init__(self, bus):
        self.bus = bus
        bus.on("tick", self.tick)
        self.ticks = 0

    def tick(self, payload):
        self.ticks += 1


w = SelfWiring(bus)  # ?rc w bus
bus.emit("tick", msg)  # ?rc w msg
del w
print(gc.collect())  # still reachable from bus.handlers
del bus
print(gc.collect())  # bus -> dict -> list -> bound method -> w -> bus


def make_and_drop():
    local_bus = Emitter()  # ?rc local_bus
    other = SelfWiring(local_bus)  # ?rc local_bus other
    local_bus.emit("tick", None)  # ?rc other
    return other.ticks


for _ in range(2):
    make_and_drop()
print(gc.collect())
