# Theme: __slots__ instances in cycles: no __dict__ to collect.
import gc

gc.collect()

class Slot:
    __slots__ = ("other", "data")

x = Slot()
y = Slot()
x.other = y
y.other = x
x.data = [1.5]  # ?rc x y
del x, y
print(gc.collect())

class Mixed:
    __slots__ = ("peer", "__dict__")

m1 = Mixed()
m1.peer = m1
m1.extra = [2.5]
del m1
print(gc.collect())
