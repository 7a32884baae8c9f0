# Theme: weakref callbacks and finalize on objects that die in a cycle.
import gc
import weakref

gc.collect()
log = []

class Node:
    pass

a = Node()
a.me = a
r = weakref.ref(a, lambda ref: log.append("dead"))  # ?rc a
del a
n = gc.collect()
print(len(log))
b = Node()
b.me = b
fin = weakref.finalize(b, log.append, "fin")
del b
m = gc.collect()
print(len(log), fin.alive)
c = Node()
c.me = c
wr = weakref.ref(c)
del c
k = gc.collect()
print(wr() is None)
