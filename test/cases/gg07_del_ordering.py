# Theme: finalizer ordering. Objects held only by a list die in list order
# when it is cleared, dict values die in insertion order, a chain dies from
# the head, and in a cycle every __del__ runs before anything is cleared, so
# each finalizer still sees its peer intact.
import gc
import sys

order = []


class Tracked:
    def __init__(self, tag):
        self.tag = tag
        self.peer = None

    def __del__(self):
        order.append(self.tag)
        if self.peer is not None:
            order.append(self.peer.tag)


items = [Tracked(k * 1.5) for k in range(3)]  # ?rc items
first = items[0]  # ?rc first
items.clear()  # ?rc first
print(order)
table = {"x y": Tracked(10.5), "y z": Tracked(11.5)}  # ?rc table
keep = table["y z"]  # ?rc keep
table.clear()  # ?rc keep
print(order)
head = Tracked(20.5)
node = head
for step in range(3):
    node.peer = Tracked(21.5 + step)
    node = node.peer
tail = node  # ?rc tail head
del node  # ?rc tail
head = None  # ?rc tail
print(order)
gc.collect()
x = Tracked(30.5)
y = Tracked(31.5)
x.peer, y.peer = y, x  # ?rc x y
del x, y
found = gc.collect()
print(found, order[-4:])
z = Tracked(40.5)
z.peer = first  # ?rc first z
del first  # ?rc z
z = None
print(order[-3:], gc.collect())
