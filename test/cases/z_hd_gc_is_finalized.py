# gc.is_finalized(obj) reads the FINALIZED bit of the object's GC header, which
# PyObject_CallFinalizer sets once __del__ has run (from a collection or from dealloc; a
# resurrected object keeps it); it keeps no reference. gc.get_count() is a new tuple of
# three ints and gc.get_stats() a new list of new dicts: neither holds anything of the
# program. gc.callbacks run with (phase, info) around each collection.
import gc
import sys

phases = []
saved = []


def on_gc(phase, info):
    phases.append(phase)  # ?rc info


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, sys.getrefcount(self))


class Phoenix:
    def __del__(self):
        saved.append(self)


a = Node("a!")  # ?rc a
b = Node("b!")  # ?rc b
a.peer, b.peer = b, a  # ?rc a b
print(gc.is_finalized(a))
gc.callbacks.append(on_gc)
del a, b
print(gc.collect())
gc.callbacks.remove(on_gc)
p = Phoenix()  # ?rc p
p.me = p  # ?rc p
print(gc.is_finalized(p))
del p
print(gc.collect())
back = saved[0]  # ?rc back
print(gc.is_finalized(back))
saved.clear()  # ?rc back
back.me = None  # ?rc back
cnt = gc.get_count()  # ?rc cnt
stats = gc.get_stats()  # ?rc stats
first = stats[0]  # ?rc first
print(gc.is_finalized(first), gc.is_finalized(10 ** 6))
del back
print(gc.collect())
