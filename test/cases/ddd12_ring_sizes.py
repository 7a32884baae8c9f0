# Theme: rings of several sizes made of different containers, dropped one by
# one; gc.collect() reports exactly the objects of each ring.
import gc
import sys


class Node:
    __slots__ = ("value", "next", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.next = None


def node_ring(n):
    nodes = [Node(i * 1.5) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    return nodes[0]


def list_ring(n):
    lists = [[] for _ in range(n)]
    for i in range(n):
        lists[i].append(lists[(i + 1) % n])
    return lists[0]


gc.collect()
results = []
for size in (1, 2, 4, 7):
    start = node_ring(size)  # ?rc start
    del start
    results.append(gc.collect())
print(results)
for size in (1, 3, 6):
    lr = list_ring(size)  # ?rc lr
    lr = None
    count = gc.collect()
    print(size, count)
mixed = {"slot node!": Node(2.5)}
mixed["slot node!"].next = [mixed]  # ?rc mixed
print(sys.getrefcount(mixed))
del mixed
print(gc.collect())  # dict, node, list
t = ([],)
t[0].append(t)  # ?rc t
del t
print(gc.collect())  # tuple and list
