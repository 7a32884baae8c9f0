# Theme: tracking down who holds a listener with gc.get_referrers and
# gc.get_referents while it is registered in several places.
import gc
import sys


class Listener:
    def __init__(self, name):
        self.name = name


class Bus:
    def __init__(self):
        self.topics = {}

    def subscribe(self, topic, listener):
        self.topics.setdefault(topic, []).append(listener)


def holders_of(obj):
    refs = gc.get_referrers(obj)  # ?rc refs
    kinds = sorted(type(r).__name__ for r in refs)
    return kinds


bus = Bus()
lis = Listener("audit listener")  # ?rc lis
print(holders_of(lis))
bus.subscribe("orders!", lis)
bus.subscribe("refunds!", lis)  # ?rc lis
print(holders_of(lis))
print(len(gc.get_referrers(lis)), sys.getrefcount(lis))
pair = (lis, lis)  # ?rc lis pair
print(len(gc.get_referrers(lis)))
del pair
outs = gc.get_referents(bus)  # ?rc outs
print(len(outs), sys.getrefcount(lis))
del outs
inner = gc.get_referents(bus.topics)  # ?rc inner
print(len(inner))
del inner
lists = list(bus.topics.values())  # ?rc lists
print(len(gc.get_referents(*lists)))
for lst in lists:
    lst.remove(lis)  # ?rc lis
del lst, lists
print(holders_of(lis), sys.getrefcount(lis))
