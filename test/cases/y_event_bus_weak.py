# Theme: an event bus whose subscribers are held through weakref.WeakMethod
# and plain weakref.ref callbacks; dead handlers are pruned when they fire.
import gc
import weakref
from collections import defaultdict


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.pruned = 0

    def subscribe(self, topic, method):
        ref = weakref.WeakMethod(method)  # ?rc ref
        self.handlers[topic].append(ref)

    def publish(self, topic, payload):
        alive = []
        for ref in self.handlers[topic]:
            handler = ref()
            if handler is None:
                self.pruned += 1
                continue
            handler(payload)
            alive.append(ref)
        self.handlers[topic] = alive  # ?rc alive
        return len(alive)


class Logger:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def on_message(self, payload):
        self.lines.append(payload)  # ?rc payload


bus = EventBus()  # ?rc bus
log1 = Logger("first logger")  # ?rc log1
log2 = Logger("second logger")  # ?rc log2
bus.subscribe("msg", log1.on_message)  # ?rc log1
bus.subscribe("msg", log2.on_message)  # ?rc log2
note = ["hello", "world", 3.5]  # ?rc note
count = bus.publish("msg", note)  # ?rc note log1
lines = log1.lines  # ?rc lines note
del log2
count = bus.publish("msg", note)  # ?rc note
print(count, bus.pruned)
finalised = []
watcher = weakref.ref(log1, lambda r: finalised.append(1.25))  # ?rc watcher log1
del lines
del log1  # ?rc note finalised watcher
print(gc.collect())
