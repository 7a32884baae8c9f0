# Theme: __del__ order: refcount-driven finalizers run at once, in the order
# a container releases its items; a finalizer may resurrect its object, and
# it never runs a second time for the same object.
import gc

order = []
saved = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


class Stubborn:
    def __init__(self, tag):
        self.tag = tag
        self.finalized = 0

    def __del__(self):
        self.finalized += 1
        saved.append(self)  # ?rc self


pool = [Resource(f"r{i}") for i in range(4)]  # ?rc pool
head = pool[0]  # ?rc head
del pool[1]  # ?rc head
pool.reverse()
del pool[:]  # ?rc head
print(order)
holder = {"res": Resource("held one")}
holder = None
print(order)
s = Stubborn("phoenix tag")  # ?rc s
del s
back = saved[0]  # ?rc back
saved.clear()  # ?rc back
print(back.finalized)
del back
print(len(saved))
a = Resource("cycle a")
b = Resource("cycle b")
a.peer = b
b.peer = a  # ?rc a b
del a, b
print(gc.collect())
print(order)
