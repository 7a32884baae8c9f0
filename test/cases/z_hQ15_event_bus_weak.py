# Theme: an event bus whose subscribers are bound methods held through
# weakref.WeakMethod and plain handler objects in a WeakSet; publishing
# dereferences each weak method, dead ones are pruned after their owner dies.
import gc
import weakref

class Bus:
    def __init__(self):
        self.topics = {}
        self.watchers = weakref.WeakSet()

    def subscribe(self, topic, method):
        self.topics.setdefault(topic, []).append(weakref.WeakMethod(method))

    def publish(self, topic, payload):
        alive = []
        for ref in self.topics.get(topic, []):
            fn = ref()
            if fn is not None:
                fn(payload)
                alive.append(ref)
        self.topics[topic] = alive
        return len(alive)

class Panel:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_save(self, payload):
        self.seen.append(payload)

bus = Bus()  # ?rc bus
left = Panel("left")  # ?rc left
right = Panel("right")  # ?rc right
bus.subscribe("save", left.on_save)  # ?rc left
bus.subscribe("save", right.on_save)  # ?rc right
bus.watchers.add(left)  # ?rc left
doc = {"title": "draft one"}  # ?rc doc
n = bus.publish("save", doc)  # ?rc doc left
seen = left.seen  # ?rc seen doc
refs = bus.topics["save"]  # ?rc refs
r0 = refs[0]  # ?rc r0 refs
del right  # ?rc refs
n = bus.publish("save", doc)  # ?rc doc refs
refs = bus.topics["save"]  # ?rc refs r0
del left  # ?rc seen r0
dead = r0()  # ?rc r0
print(len(bus.watchers), gc.collect())
