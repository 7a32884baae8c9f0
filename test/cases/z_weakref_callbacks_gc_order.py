# weakref callbacks of an object freed by the cycle collector run newest first (a weakref with
# a callback is inserted ahead of the older ones), weakref.finalize included
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


log = []


def on_dead(ref):
    log.append(ref)  # ?rc ref


a = Node("a")
r1 = weakref.ref(a, on_dead)  # ?rc r1
r2 = weakref.ref(a, on_dead)  # ?rc r2
fin = weakref.finalize(a, log.append, "finalized")  # ?rc fin
b = Node("b")
a.peer, b.peer = b, a
del a, b
n = gc.collect()  # ?rc r1 r2
first = log[0]  # ?rc first
second = log[1]  # ?rc second r2
third = log[2]  # ?rc third r1
c = Node("c")
q1 = weakref.ref(c, on_dead)
q2 = weakref.ref(c, on_dead)
del c  # ?rc q1 q2
newest = log[3]  # ?rc newest q2
oldest = log[4]  # ?rc oldest q1
