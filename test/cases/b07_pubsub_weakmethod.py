# Theme: a publish/subscribe hub: subscribers are bound methods kept strongly
# by default or through weakref.WeakMethod when asked; dead weak subscribers
# are pruned on the next publish.
import gc
import sys
import weakref


class Hub:
    def __init__(self):
        self.topics = {}

    def subscribe(self, topic, callback, weak=False):
        ref = weakref.WeakMethod(callback) if weak else callback
        self.topics.setdefault(topic, []).append((weak, ref))

    def publish(self, topic, payload):
        alive = []
        for weak, ref in self.topics.get(topic, []):
            callback = ref() if weak else ref
            if callback is not None:
                alive.append((weak, ref))
                callback(payload)
        self.topics[topic] = alive
        return len(alive)


class Logger:
    def __init__(self):
        self.seen = []

    def on_event(self, payload):
        self.seen.append(payload)


class Widget:
    def __init__(self, hub):
        self.hub = hub
        self.last = None
        hub.subscribe("price", self.update, weak=True)

    def update(self, payload):
        self.last = payload


class Panel(Widget):
    def __init__(self, hub):
        super().__init__(hub)
        hub.subscribe("price", self.update)


hub = Hub()  # ?rc hub
log = Logger()  # ?rc log
hub.subscribe("price", log.on_event)  # ?rc log
w = Widget(hub)  # ?rc w hub
msg = {"price": 10.25 * 2}  # ?rc msg
hub.publish("price", msg)  # ?rc msg w
entries = hub.topics["price"]  # ?rc entries
del w
hub.publish("price", {"price": 1.5 * 3})  # ?rc entries msg
panel = Panel(hub)  # ?rc panel hub
hub.publish("price", msg)  # ?rc msg panel
del panel
print(gc.collect())  # nothing: the hub keeps the panel's strong callback
print(sys.getrefcount(log))
first = log.seen[0]  # ?rc first msg
del hub  # ?rc log
print(gc.collect())  # hub, dict, lists, tuples, bound method, panel
del log  # ?rc msg first
