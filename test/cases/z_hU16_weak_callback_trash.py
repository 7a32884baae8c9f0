# weakref callbacks when the referent dies in a gc cycle; the weakref itself in the trash.
import gc
import weakref

gc.collect()
events = []


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.other = None


def on_dead(ref):
    events.append(ref)  # ?rc ref


a = Node("a")
b = Node("b")
a.other, b.other = b, a  # ?rc a b
wa = weakref.ref(a, on_dead)  # ?rc a wa
del a, b
print(gc.collect())  # ?rc wa
print(len(events))
c = Node("c")
c.other = c
c.ref = weakref.ref(c, on_dead)  # the weakref dies with c: no callback
del c
print(gc.collect())
print(len(events))
events.clear()  # ?rc wa
