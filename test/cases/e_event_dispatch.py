# Theme: an event dispatcher: functools.wraps decorators, handlers held as
# bound methods and partials, operator.methodcaller, deque as a queue.
import functools
import gc
import operator
import sys
from collections import defaultdict, deque


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


calls = []  # ?rc calls


class Bus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.queue = deque()

    def on(self, topic, handler):
        self.handlers[topic].append(handler)  # ?rc handler

    def emit(self, topic, payload):
        self.queue.append((topic, payload))  # ?rc payload

    @logged
    def pump(self):
        done = 0
        while self.queue:
            topic, payload = self.queue.popleft()  # ?rc payload
            for h in self.handlers[topic]:
                h(payload)
            done += 1
        return done


class Audit:
    def __init__(self):
        self.seen = []

    def record(self, payload):
        self.seen.append(payload)


bus = Bus()  # ?rc bus
audit = Audit()  # ?rc audit
bus.on("user saved", audit.record)  # ?rc audit
tag = functools.partial(audit.record)  # ?rc tag audit
bus.on("user deleted", tag)  # ?rc tag
event = {"id": 41, "name": "Grace Hopper"}  # ?rc event
bus.emit("user saved", event)  # ?rc event
bus.emit("user deleted", event)  # ?rc event
n = bus.pump()  # ?rc n event
seen = audit.seen  # ?rc seen event
upper = operator.methodcaller("upper")  # ?rc upper
names = list(map(upper, ["alpha beta", "gamma delta"]))  # ?rc names
wrapped_name = Bus.pump.__name__  # ?rc wrapped_name
inner = Bus.pump.__wrapped__  # ?rc inner
print(sys.getrefcount(audit), sys.getrefcount(event), calls)
del tag  # ?rc audit
bus.handlers.clear()  # ?rc audit
bus.on("self", bus.emit)  # ?rc bus
del bus
print(gc.collect())
del seen  # ?rc event
