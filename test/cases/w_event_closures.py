# Theme: an event dispatcher whose handlers are closures made by nested
# factories and stored in dicts, one handler capturing the dispatcher
# (cycle), and unsubscribe by key.
import gc
import sys


class Dispatcher:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, name, fn):
        self.handlers.setdefault(name, []).append(fn)
        return fn

    def emit(self, name, payload):
        for fn in self.handlers.get(name, ()):
            self.log.append(fn(payload))


def make_scaler(factor):
    def scale(payload):
        return payload * factor
    return scale


def make_collector():
    bucket = []

    def collect(payload):
        bucket.append(payload)
        return len(bucket)
    return collect, bucket


bus = Dispatcher()  # ?rc bus
double = bus.on("num", make_scaler(2.5))  # ?rc double
coll, bucket = make_collector()  # ?rc coll bucket
bus.on("num", coll)  # ?rc coll
payload = 4.5 * 3  # ?rc payload
bus.emit("num", payload)  # ?rc payload bucket
bus.emit("num", payload)  # ?rc payload
lst = bus.handlers["num"]  # ?rc lst double
print(sys.getrefcount(coll), sys.getrefcount(bus))


def make_echo(d):
    def echo(p):
        d.log.append(p)
        return p
    return echo


echo = bus.on("echo", make_echo(bus))  # ?rc echo bus
bus.emit("echo", payload)  # ?rc payload
lst.remove(double)  # ?rc double
del double, coll, lst, bucket  # ?rc payload
gc.collect()
del bus, echo
print(gc.collect())  # dispatcher, dicts/lists, closures and cells
