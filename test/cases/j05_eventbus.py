# Event bus with subscribers (bound methods) and unsubscribe.
import gc
import sys


class EventBus:
    def __init__(self):
        self.subscribers = {}
    def subscribe(self, topic: str, handler) -> None:
        self.subscribers.setdefault(topic, []).append(handler)  # ?rc handler
    def unsubscribe(self, topic: str, handler) -> None:
        self.subscribers[topic].remove(handler)
    def publish(self, topic: str, payload) -> int:
        count = 0
        for handler in list(self.subscribers.get(topic, [])):
            handler(payload)
            count += 1
        return count


class Logger:
    def __init__(self):
        self.lines = []
    def on_event(self, payload) -> None:
        self.lines.append(payload)  # ?rc payload


class Counter:
    def __init__(self, bus: EventBus):
        self.total = 0
        self.bus = bus
        bus.subscribe("sale", self.on_sale)  # ?rc self
    def on_sale(self, payload) -> None:
        self.total += payload["amount"]


gc.collect()
bus = EventBus()  # ?rc bus
logger = Logger()  # ?rc logger
handler = logger.on_event  # ?rc handler logger
bus.subscribe("sale", handler)  # ?rc handler logger
counter = Counter(bus)  # ?rc counter bus
event = {"amount": 12.5 * 2, "sku": "AB-1"}  # ?rc event
n = bus.publish("sale", event)  # ?rc event
event2 = {"amount": 7.25 * 2, "sku": "CD-2"}
bus.publish("sale", event2)  # ?rc event2
lines = logger.lines  # ?rc lines logger
bus.unsubscribe("sale", handler)  # ?rc handler logger
del handler  # ?rc logger
print(sys.getrefcount(counter))
subs = bus.subscribers["sale"]  # ?rc subs
bound = subs[0]  # ?rc bound counter
del bound
del counter
print(gc.collect())
subs.clear()
print(gc.collect())
del bus, subs
print(gc.collect())
from functools import partial


def make_counter():
    hits = []
    def handler(payload):
        hits.append(payload)  # ?rc payload
    return handler, hits


bus = EventBus()
h2, hits = make_counter()  # ?rc h2 hits
bus.subscribe("ping", h2)  # ?rc h2
bus.publish("ping", event)  # ?rc event
ph = partial(logger.on_event)  # ?rc ph logger
bus.subscribe("ping", ph)  # ?rc ph
import functools


def logged(fn):
    calls = []

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(args)
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@logged
def notify(who, what):
    pair = (who, what)  # ?rc who
    return pair


res = notify(logger, 0.5 * 3)  # ?rc res logger
