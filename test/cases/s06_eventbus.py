# Theme: an observer / event bus. Subscribers register bound methods
# (strong), weakref.WeakMethod (weak) or plain functions; unsubscribing
# removes them; a widget whose handler is stored strongly on a bus it
# owns forms a cycle.
import gc
import weakref


class EventBus:
    def __init__(self):
        self.strong = {}
        self.weak = {}

    def subscribe(self, topic, handler):
        self.strong.setdefault(topic, []).append(handler)  # ?rc handler

    def subscribe_weak(self, topic, method):
        ref = weakref.WeakMethod(method)  # ?rc ref
        self.weak.setdefault(topic, []).append(ref)  # ?rc ref

    def unsubscribe(self, topic, handler):
        self.strong[topic].remove(handler)  # ?rc handler

    def publish(self, topic, payload):
        delivered = 0
        for h in list(self.strong.get(topic, ())):
            h(payload)
            delivered += 1
        for r in self.weak.get(topic, ()):
            m = r()
            if m is not None:
                m(payload)  # ?rc m
                delivered += 1
        return delivered


class Logger:
    def __init__(self):
        self.lines = []

    def on_event(self, payload):
        self.lines.append(f"event: {payload!r}")  # ?rc self payload


class Widget:
    def __init__(self, bus):
        self.bus = bus
        self.clicks = []
        bus.subscribe("click", self.on_click)  # ?rc self

    def on_click(self, payload):
        self.clicks.append(payload)  # ?rc payload


gc.collect()
bus = EventBus()  # ?rc bus
log = Logger()  # ?rc log
bus.subscribe("save", log.on_event)  # ?rc log
bus.subscribe_weak("save", log.on_event)  # ?rc log
doc = {"title": "Quarterly report, v2"}  # ?rc doc
n = bus.publish("save", doc)  # ?rc doc log
handler = bus.strong["save"][0]  # ?rc handler log
bus.unsubscribe("save", handler)  # ?rc handler log
del handler  # ?rc log
audit = []  # ?rc audit
bus.subscribe("save", audit.append)  # ?rc audit
bus.publish("save", doc)  # ?rc doc audit
lines = log.lines  # ?rc lines
del log  # the weak subscription dies with it
n2 = bus.publish("save", doc)  # ?rc doc
print(n, n2, len(audit))

w = Widget(bus)  # ?rc w
click = [3, 4]  # ?rc click
bus.publish("click", click)  # ?rc click w
del w  # still alive through the bound method on the bus
print(gc.collect())  # no cycle: bus -> method -> widget -> bus is a cycle only if bus dies
del bus
print(gc.collect())  # bus, its dicts and lists, widget, bound method, ...
del audit, doc  # ?rc click
print(gc.collect())
