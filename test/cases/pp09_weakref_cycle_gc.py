# Theme: weak references and reference cycles. A weakref to an object in a
# cycle keeps working until gc.collect() finds the cycle; the collector
# clears the ref and runs its callback before freeing the objects.
import gc
import weakref

notes = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def on_gone(ref):
    notes.append(ref)  # ?rc ref


gc.collect()
a = Node("alpha")  # ?rc a
b = Node("beta")  # ?rc b
a.peer, b.peer = b, a  # ?rc a b
wa = weakref.ref(a, on_gone)  # ?rc a wa
wb = weakref.ref(b)  # ?rc b wb
del a  # ?rc b wa
peer = wb().peer  # ?rc peer b
del peer
del b  # ?rc wa wb
print(gc.collect())  # the two nodes
dead = wa()  # ?rc wa
got = notes[0]  # ?rc got wa
notes.clear()  # ?rc wa
c = Node("gamma")
c.peer = c  # ?rc c
wc = weakref.ref(c, on_gone)  # ?rc c wc
del c
print(gc.collect())  # one node
last = notes.pop()  # ?rc last wc
