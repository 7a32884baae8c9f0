# Theme: __del__ ordering and resurrection; a finalizer that stores self
# keeps the object alive, and it is never finalized twice.
import gc
import sys

order = []
graveyard = []


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        order.append(self.tag)


class Lazarus:
    def __init__(self):
        self.revived = 0

    def __del__(self):
        self.revived += 1
        graveyard.append(self)  # ?rc self


gc.collect()
n1 = Noisy("first tag")  # ?rc n1
n2 = Noisy("second tag")  # ?rc n2
holder = [n1, n2]  # ?rc holder n1
del n1, n2  # ?rc holder
holder.clear()  # ?rc holder
print(order)
laz = Lazarus()  # ?rc laz
del laz
back = graveyard[0]  # ?rc back
graveyard.clear()  # ?rc back
print(sys.getrefcount(back))
del back  # finalizer does not run a second time
print(len(graveyard))
print(gc.collect())

ring = [Noisy("ring a"), Noisy("ring b")]  # ?rc ring
ra, rb = ring  # ?rc ra rb
ra.peer, rb.peer = rb, ra  # ?rc ra rb
del ring, ra, rb
print(gc.collect())
print(len(order))
lz = Lazarus()  # ?rc lz
lz.self_ref = lz  # ?rc lz
del lz
print(gc.collect())  # resurrected: 0
risen = graveyard.pop()  # ?rc risen
del risen.self_ref  # ?rc risen
del risen
print(gc.collect())
