# Theme: weakref callbacks on objects in a cycle run during gc.collect();
# a weakref itself in the garbage does not call back.
import gc
import weakref

calls = []


class N:
    pass


def cb(ref):
    calls.append(ref)  # ?rc ref


x = N()
y = N()
x.o = y
y.o = x  # ?rc x y
wx = weakref.ref(x, cb)  # ?rc wx
y.w = weakref.ref(y, cb)  # ?rc y
del x, y
print(gc.collect())
print(len(calls))
got = calls[0]  # ?rc got wx
calls.clear()  # ?rc wx
