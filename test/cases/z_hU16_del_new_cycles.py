# __del__ that builds new objects and cycles while the collector runs.
import gc

gc.collect()
made = []


class Maker:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        x = [self.n]
        x.append(x)  # ?rc x
        made.append(len(x))


m = Maker(1.5)  # ?rc m
del m
print(gc.collect())  # m itself
print(gc.collect())  # the list its finalizer left in a cycle
m1, m2 = Maker(1), Maker(2)
m1.peer = m2
del m1, m2
print(gc.collect())
print(gc.collect())
