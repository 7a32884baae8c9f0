# Event bus with weak subscribers: WeakMethod handlers die with their owners, a dead-callback purge, and a strong-ref leak found with gc.
import gc
import sys
import weakref
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
        self.delivered = 0

    def subscribe(self, topic, handler):
        if hasattr(handler, "__self__"):
            ref = weakref.WeakMethod(handler, self._purge_later)
        else:
            ref = weakref.ref(handler, self._purge_later)
        self._subs[topic].append(ref)
        return ref

    def _purge_later(self, dead_ref):
        for topic, refs in self._subs.items():
            if dead_ref in refs:
                refs.remove(dead_ref)

    def publish(self, topic, payload):
        count = 0
        for ref in list(self._subs.get(topic, ())):
            fn = ref()
            if fn is None:
                continue
            fn(payload)
            count += 1
        self.delivered += count
        return count


class Widget:
    def __init__(self, name, bus):
        self.name = name
        self.seen = []
        bus.subscribe("click", self.on_click)

    def on_click(self, payload):
        self.seen.append(payload)


class LeakyWidget(Widget):
    def __init__(self, name, bus):
        super().__init__(name, bus)
        self.bus = bus
        self.keep = self.on_click


def log_click(payload):
    log_click.calls.append(payload)


log_click.calls = []

bus = EventBus()  # ?rc bus
w1 = Widget("ok", bus)  # ?rc w1
w2 = Widget("cancel", bus)  # ?rc w2
fref = bus.subscribe("click", log_click)  # ?rc fref
payload = {"x": 10, "y": 20}  # ?rc payload
n = bus.publish("click", payload)  # ?rc payload w1
print(n, len(bus._subs["click"]))
print(sys.getrefcount(payload))
del w2  # ?rc bus
print(len(bus._subs["click"]))
n = bus.publish("click", payload)  # ?rc payload
leaky = LeakyWidget("leaky", bus)  # ?rc leaky
bus.publish("click", [1, 2, 3])
del leaky
found = gc.collect()
print("collected", found, len(bus._subs["click"]))
w1.seen.clear()  # ?rc payload
handlers = bus._subs["click"]  # ?rc handlers
del handlers[:]  # ?rc fref
print(sys.getrefcount(w1), bus.delivered)
