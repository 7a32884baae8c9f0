# Theme: an object with __del__ hanging off a cycle (not part of it), and a
# finalizer that itself creates new cyclic garbage during a collection.
import gc

events = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append(self.name)


class Noisy:
    def __del__(self):
        junk = [1.5]
        junk.append(junk)  # new garbage made inside a finalizer
        events.append("noisy")


class Holder:
    def __init__(self, res):
        self.res = res
        self.me = self


gc.collect()
r = Resource("file handle")  # ?rc r
h = Holder(r)  # ?rc r h
del r  # still owned by the holder
del h
print(gc.collect(), events)  # holder and resource

n = Noisy()
n.me = n  # ?rc n
del n
print(gc.collect(), events)  # the Noisy instance
print("garbage made by __del__:", gc.collect())
