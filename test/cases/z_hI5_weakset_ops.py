# Theme: an event bus whose subscriber groups are WeakSets; set algebra
# between groups builds new WeakSets, and subscribers vanish when dropped.
import gc
import weakref


class Subscriber:
    def __init__(self, name):
        self.name = name


bus_a = weakref.WeakSet()
bus_b = weakref.WeakSet()
s1 = Subscriber("first subscriber")  # ?rc s1
s2 = Subscriber("second subscriber")
s3 = Subscriber("third subscriber")
bus_a.add(s1)  # ?rc s1
bus_a.add(s2)
bus_b.add(s2)  # ?rc s2
bus_b.add(s3)
union = bus_a | bus_b  # ?rc s1 s2 s3
common = bus_a & bus_b  # ?rc s2
only_a = bus_a - bus_b  # ?rc s1
print(len(union), len(common), len(only_a), s2 in common)
bus_a.update([s3])  # ?rc s3
bus_b.discard(s2)  # ?rc s2
popped = bus_b.pop()  # ?rc s3 popped
del popped
print(bus_a <= union, len(bus_a))
del s2
print(len(bus_a), len(union), len(common))
bus_a.clear()  # ?rc s1 s3
s1.peer = s1
del s1
print(len(union), gc.collect(), len(union))
