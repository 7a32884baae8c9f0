# Theme: __del__ in cycles and resurrection. Finalizers run once; a
# resurrected object survives collection and is not counted.
import gc
import sys

graveyard = []


class Mortal:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        pass


class Lazarus:
    def __del__(self):
        graveyard.append(self)  # ?rc self


gc.collect()
m1 = Mortal(1.5)  # ?rc m1
m2 = Mortal(2.5)
m1.peer = m2; m2.peer = m1  # ?rc m1 m2
del m1, m2
print(gc.collect())
solo = Mortal(3.5)
solo.me = solo  # ?rc solo
del solo
print(gc.collect())
lz = Lazarus()
lz.me = lz  # ?rc lz
other = Mortal(4.5)
other.lz = lz  # ?rc lz other
lz.other = other  # ?rc other
del lz, other
print(gc.collect())  # resurrected through the finalizer
back = graveyard[0]  # ?rc back
graveyard.clear()  # ?rc back
print(sys.getrefcount(back))
back = None
print(gc.collect())  # __del__ does not run twice
print(len(graveyard))
