# Theme: the collector's list order. A collection that moves an object back
# (reached only from a later object) puts it at the list's tail; the next
# collection runs finalizers, weakref callbacks and DEBUG_SAVEALL in that order.
import gc
import weakref

log = []


class Node:
    def __del__(self):
        log.append(self.tag)


def ring(first_tag, second_tag):
    a = Node()
    a.tag = first_tag
    b = Node()
    b.tag = second_tag
    a.peer = b
    b.peer = a
    return b


keep = ring(0.5, float(3) / 2)
print(gc.collect())  # ?gc
del keep
print(gc.collect())  # ?gc
first = log[0]  # ?rc first
last = log[-1]  # ?rc last

# Without a collection in between, creation order decides.
log.clear()
keep = ring(0.25, float(5) / 4)
del keep
print(gc.collect())  # ?gc
first = log[0]  # ?rc first

# A young collection moves the survivors to generation 1; a full one walks
# generation 2, then 0, then 1.
events = []


class Box:
    pass


def pair(x_arg, y_arg):
    x = Box()
    y = Box()
    x.other = y
    y.other = x
    weakref.finalize(x, events.append, x_arg)
    weakref.finalize(y, events.append, y_arg)
    return y


held = pair(0.75, float(7) / 4)
print(gc.collect(0))  # ?gc
del held
print(gc.collect())  # ?gc
e0 = events[0]  # ?rc e0

gc.set_debug(gc.DEBUG_SAVEALL)
p = Box()
q = Box()
p.tag = 0.125
q.tag = float(3) / 8
p.n = q
q.n = p
hold = q
del p, q
print(gc.collect())  # ?gc
del hold
print(gc.collect())  # ?gc
t0 = gc.garbage[0].tag  # ?rc t0
gc.set_debug(0)
gc.garbage.clear()

# gc.freeze() merges generation 0, then 1, then 2 into the permanent
# generation; gc.unfreeze() puts that list back after generation 2.
log.clear()
old_ring = ring(0.0625, float(1) / 16)
print(gc.collect())  # ?gc
new_ring = ring(0.03125, float(1) / 32)
gc.freeze()
gc.unfreeze()
del old_ring, new_ring
print(gc.collect())  # ?gc
f0 = log[0]  # ?rc f0
f2 = log[2]  # ?rc f2
