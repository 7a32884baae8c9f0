# gc.callbacks: the collector calls each callback with a phase and an info
# dict; the callback list holds a reference to each registered function.
import gc
import sys

gc.collect()
phases = []


def watch(phase, info):
    phases.append(phase)


gc.callbacks.append(watch)  # ?rc watch
print(sys.getrefcount(watch))


class Cell:
    pass


a = Cell()
b = Cell()
a.peer = b  # ?rc a b
b.peer = a  # ?rc a b
del a, b
print(gc.collect())
print(len(phases))
gc.callbacks.remove(watch)  # ?rc watch
print(sys.getrefcount(watch))
c = [1.5]
c.append(c)  # ?rc c
del c
print(gc.collect())
print(len(phases))
