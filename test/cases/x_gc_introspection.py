# The gc module's introspection: is_tracked on atoms and containers, referents
# and referrers of a small graph, freezing, thresholds and a disabled collector.
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []


gc.collect()
a = Node("a")  # ?rc a
b = Node("b")  # ?rc b
a.edges.append(b)  # ?rc b
b.edges.append(a)  # ?rc a
print(gc.is_tracked(a), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(()))
print(gc.is_tracked({}), gc.is_tracked({"k": 1}), gc.is_tracked({"k": []}))
refs = gc.get_referents(a.edges)  # ?rc refs b
del refs  # ?rc b
gc.disable()
del a, b
print(gc.isenabled())
print(gc.collect())
gc.enable()
t = gc.get_threshold()  # ?rc t
c = Node("c")
c.edges.append(c)  # ?rc c
gc.freeze()
del c
print(gc.collect())
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.collect())
lst = [1, 2]
print(sys.getrefcount(lst))
pair = (lst, lst)  # ?rc lst pair
print(gc.is_tracked(pair))
