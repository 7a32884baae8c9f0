# Theme: __del__ pitfalls. A finalizer runs when the count hits zero, which
# may be later than you think (another name, an exception traceback, a
# cycle), and a finalizer that stores `self` somewhere brings it back.
import gc
import sys

events = []
graveyard = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append(self.name)
        if self.name.startswith("zombie"):
            graveyard.append(self)  # ?rc self


r = Resource("plain resource")  # ?rc r
other = r  # ?rc r
del r  # ?rc other -- no __del__ yet
del other
print(events)


def fails(res):
    raise ValueError("bad resource!")


held = Resource("held by traceback")  # ?rc held
try:
    fails(held)
except ValueError as exc:
    err = exc  # ?rc held err
del held
print(len(events))  # the traceback frame still holds it
del err
print(len(events))

gc.collect()
z = Resource("zombie one")  # ?rc z
z.me = z  # ?rc z
del z
print(gc.collect())  # resurrected: nothing freed
back = graveyard.pop()  # ?rc back
print(sys.getrefcount(back))
