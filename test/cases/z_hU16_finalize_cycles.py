# weakref.finalize on objects in cycles; gc.collect() after dropping several cycles.
import gc
import weakref

gc.collect()
log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_pair(tag):
    a = Node(tag + "-a")
    b = Node(tag + "-b")
    a.peer, b.peer = b, a  # ?rc a b
    f = weakref.finalize(a, log.append, tag)  # ?rc a
    return a, f


p1, f1 = make_pair("one")  # ?rc p1 f1
p2, f2 = make_pair("two")  # ?rc p2 f2
alive = f1.alive  # ?rc alive
del p1
n1 = gc.collect()  # ?rc n1
del p2
n2 = gc.collect()  # ?rc n2
print(log, f1.alive, f2.alive)
q = Node("solo")  # ?rc q
fq = weakref.finalize(q, log.append, "solo")  # ?rc q fq
q.me = q  # ?rc q
det = fq.detach()  # ?rc q det
del q
print(gc.collect())
del det
print(gc.collect())
