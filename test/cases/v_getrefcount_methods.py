# Theme: sys.getrefcount() called from methods and loops: self, the class,
# list elements and arguments passed along several frames.
import sys


class Meter:
    def __init__(self):
        self.readings = []

    def read(self):
        return sys.getrefcount(self)

    def record(self, value):
        self.readings.append(value)
        return sys.getrefcount(value)


m = Meter()
print(m.read())
m2 = m
print(m.read())
v = 4.5 * 2
for i in range(3):
    print(m.record(v))
print(sys.getrefcount(v))
print(sys.getrefcount(m.readings))
readings = m.readings
print(sys.getrefcount(readings))


def relay(obj, depth):
    if depth == 0:
        return sys.getrefcount(obj)
    return relay(obj, depth - 1)


print(relay(v, 2))
print(sys.getrefcount(Meter))
del m, m2
print(sys.getrefcount(readings))
