# Theme: asking the collector who refers to what. gc.get_referrers returns a
# new list holding every tracked container that points at the object, and
# gc.get_referents a list of what a container points at; both lists add
# references until they are dropped.
import gc
import sys


class Node:
    def __init__(self, label):
        self.label = label
        self.links = []


def owners(obj):
    found = gc.get_referrers(obj)  # ?rc obj found
    return [o for o in found if isinstance(o, list)]


gc.collect()
a = Node("node a")  # ?rc a
b = Node("node b")
a.links.append(b)
b.links.append(a)  # ?rc a b
hub = {"left": a, "right": b}  # ?rc a b hub
refs = gc.get_referrers(b)  # ?rc b refs
lists = owners(b)  # ?rc b lists
kids = gc.get_referents(a.links)  # ?rc kids b
inner = gc.get_referents(a)  # ?rc inner a
del refs, lists  # ?rc b
print(sys.getrefcount(b))
del kids, inner  # ?rc a b
print(gc.collect())  # nothing yet
del hub  # ?rc a b
del a, b
print(gc.collect())  # two nodes and their link lists
print(gc.collect())
