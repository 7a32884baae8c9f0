# Theme: callbacks registered in lists: functools.partial objects and bound
# methods stored in a dispatcher that the subscriber itself owns form cycles
# that only the collector frees.
import functools
import gc


class Dispatcher:
    def __init__(self):
        self.slots = {}

    def connect(self, name, fn):
        self.slots.setdefault(name, []).append(fn)

    def emit(self, name, value):
        for fn in self.slots.get(name, ()):
            fn(value)


class Widget:
    def __init__(self, bus):
        self.bus = bus
        self.seen = []
        bus.connect("changed", self.on_change)
        bus.connect("changed", functools.partial(self.note, "via partial"))

    def on_change(self, value):
        self.seen.append(value)

    def note(self, tag, value):
        self.seen.append((tag, value))


gc.collect()
bus = Dispatcher()  # ?rc bus
w = Widget(bus)  # ?rc w bus
payload = [1.5, 2.5]  # ?rc payload
bus.emit("changed", payload)  # ?rc payload w
seen = w.seen  # ?rc seen
cb = bus.slots["changed"][1]  # ?rc cb w
del cb
del w  # ?rc bus seen
bus.slots.clear()
print(gc.collect())  # ?rc seen payload
w2 = Widget(bus)
w2.bus = None  # ?rc bus
del w2
print(gc.collect())
w3 = Widget(bus)
del w3, bus
print(gc.collect())  # ?rc seen
