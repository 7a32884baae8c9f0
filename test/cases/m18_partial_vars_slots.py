# functools.partial holds its function and arguments; vars() materializes
# an instance __dict__; __slots__ instances keep attributes without any
# dict at all.
import functools
import gc


class Sensor:
    def __init__(self, unit):
        self.unit = unit

    def read(self, scale):
        return scale * 2.0


class Slim:
    __slots__ = ("unit", "peer")

    def __init__(self, unit):
        self.unit = unit


def convert(value, factor):
    return value * factor


gc.collect()
s = Sensor("deg C!")  # ?rc s
reader = functools.partial(s.read, 1.5)  # ?rc s reader
factor = 10 ** 3  # ?rc factor
conv = functools.partial(convert, factor=factor)  # ?rc factor conv
conv2 = functools.partial(conv, 2.5)  # ?rc conv conv2
print(conv2())
del conv  # ?rc conv2 factor
del conv2  # ?rc factor
ns = vars(s)  # ?rc ns s
ns2 = s.__dict__  # ?rc ns ns2
del ns, ns2  # ?rc s
s.reader = reader  # ?rc reader s
del reader  # ?rc s
del s
print(gc.collect())  # sensor, its dict, partial, bound method
a = Slim(1.25)  # ?rc a
b = Slim(2.25)  # ?rc b
a.peer = b  # ?rc b
b.peer = a  # ?rc a
del a, b
print(gc.collect())  # two slotted instances
for i in range(3):
    t = Sensor(i * 0.5)  # ?rc t
    attrs = vars(t)  # ?rc attrs t
    attrs["self"] = t  # ?rc t
del t, attrs
print(gc.collect())


def make_cb(obj):
    cb = functools.partial(print, obj)  # ?rc cb obj
    return cb


handle = Slim(3.75)
cb1 = make_cb(handle)  # ?rc handle cb1
cb2 = make_cb(handle)  # ?rc handle cb2
del cb1, cb2  # ?rc handle
print(gc.collect())
