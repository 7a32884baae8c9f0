# Plugin and event system: decorator-based registration, callbacks, priorities and bound-method handlers.
import gc
import functools


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []  # ?rc self

    def on(self, event, priority=0):
        def decorator(fn):
            self.handlers.setdefault(event, []).append((priority, fn))
            self.handlers[event].sort(key=lambda pair: -pair[0])
            return fn
        return decorator

    def subscribe(self, event, callback):
        self.handlers.setdefault(event, []).append((0, callback))  # ?rc callback

    def emit(self, event, payload):
        results = []
        for _, fn in self.handlers.get(event, []):
            results.append(fn(payload))
        self.history.append((event, payload))  # ?rc payload
        return results


bus = EventBus()  # ?rc bus


def logged(fn):
    @functools.wraps(fn)
    def wrapper(payload):
        out = fn(payload)
        return out
    wrapper.calls = []  # ?rc wrapper
    return wrapper


@bus.on("save", priority=10)
@logged
def validate(payload):
    checked = dict(payload, valid=True)  # ?rc checked payload
    return checked


@bus.on("save")
def persist(payload):
    return ("stored", payload["id"])


class AuditPlugin:
    def __init__(self, bus):
        self.entries = []
        bus.subscribe("save", self.record)  # ?rc self
        bus.subscribe("delete", self.record)

    def record(self, payload):
        self.entries.append(payload)  # ?rc payload
        return len(self.entries)


audit = AuditPlugin(bus)  # ?rc audit
doc = {"id": 7, "title": "quarterly report"}  # ?rc doc
res = bus.emit("save", doc)  # ?rc res doc
res2 = bus.emit("delete", doc)  # ?rc doc
checked = res[0]  # ?rc checked
save_list = bus.handlers["save"]  # ?rc save_list
vfn = validate  # ?rc vfn
inner = validate.__wrapped__  # ?rc inner
print(res, res2, len(audit.entries))
del res  # ?rc checked
audit.entries.clear()  # ?rc doc
del save_list
n = gc.collect()
audit.bus = bus  # ?rc bus
del audit  # ?rc bus
n = gc.collect()
bus.handlers.clear()  # ?rc vfn inner
bus.history.clear()  # ?rc doc
n = gc.collect()
del bus, vfn, validate
n = gc.collect()
print(n)
