# Theme: a tree of resources with parent pointers and __del__ that logs
# the node name. Dropping the tree leaves a cycle; the collector calls each
# finalizer once and then frees all nodes (PEP 442).
import gc

released = []


class Resource:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.kids = []
        if parent is not None:
            parent.kids.append(self)

    def __del__(self):
        released.append(self.name)  # ?rc self


gc.collect()
top = Resource("top level")  # ?rc top
mid = Resource("middle one", top)  # ?rc top mid
low = Resource("lowest one", mid)  # ?rc mid low
del mid, low  # ?rc top
print(gc.collect())  # still reachable
del top
print(gc.collect())  # three resources and their three kids lists
print(len(released))

solo = Resource("solo node")  # ?rc solo
del solo  # no cycle: __del__ runs immediately
print(gc.collect())

parent = Resource("parent x")
child = Resource("child x", parent)  # ?rc parent child
child.parent = None  # ?rc parent child -- break the back edge
del parent  # ?rc child -- the parent's __del__ ran, dropping its list
print(gc.collect())
names = list(released)  # ?rc names
