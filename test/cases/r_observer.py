# An event bus with subscribers registered as bound methods. Each bound
# method holds its subscriber; a subscriber that stores its own callback
# is in a cycle with it.
import gc
import sys


class Bus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, topic, handler):
        self.handlers.setdefault(topic, []).append(handler)  # ?rc handler

    def publish(self, topic, payload):
        delivered = 0
        for handler in self.handlers.get(topic, ()):
            handler(payload)  # ?rc payload
            delivered += 1
        return delivered


class Logger:
    def __init__(self):
        self.lines = []

    def on_event(self, payload):
        self.lines.append(payload)  # ?rc payload


class Counter:
    def __init__(self, bus):
        self.seen = 0
        self.callback = self.bump  # ?rc self
        bus.subscribe("tick", self.callback)

    def bump(self, payload):
        self.seen += 1


bus = Bus()  # ?rc bus
log = Logger()  # ?rc log
bus.subscribe("tick", log.on_event)  # ?rc log
bus.subscribe("tock", log.on_event)  # ?rc log
counter = Counter(bus)  # ?rc counter
event = {"kind": "tick", "value": 1.5}  # ?rc event
n = bus.publish("tick", event)  # ?rc event
bus.publish("tock", event)  # ?rc event
lines = log.lines  # ?rc lines event
print(sys.getrefcount(counter))
handlers = bus.handlers["tick"]  # ?rc handlers
handlers.pop()  # ?rc counter
del handlers  # ?rc counter
del counter
print(gc.collect())  # Counter + its stored bound method
bus.handlers.clear()  # ?rc log
lines.clear()  # ?rc event
del bus
print(gc.collect())
