# Theme: replacing __del__ with weakref.finalize. The first attempt passed
# the bound method self.close as the finalizer, so the finalize registry
# kept the object alive forever; the fix passes only the resource.
import gc
import sys
import weakref

closed = []


class Handle:
    def __init__(self, path):
        self.path = path


def close_handle(handle):
    closed.append(handle.path)


class LeakyFile:
    def __init__(self, path):
        self.handle = Handle(path)
        self._fin = weakref.finalize(self, self.close)

    def close(self):
        close_handle(self.handle)


class TempFile:
    def __init__(self, path):
        self.handle = Handle(path)
        self._fin = weakref.finalize(self, close_handle, self.handle)

    def close(self):
        self._fin()


gc.collect()
leaky = LeakyFile("/tmp/leaky.dat")  # ?rc leaky
fin = leaky._fin  # ?rc fin
print(fin.alive, sys.getrefcount(leaky))
del leaky
print(gc.collect(), fin.alive)  # still alive: the registry holds the method
obj = fin.peek()[0]  # ?rc obj
del obj
fin()  # ?rc fin
print(closed, gc.collect())  # the registry let go: freed by refcounting
tmp = TempFile("/tmp/ok.dat")  # ?rc tmp
h = tmp.handle  # ?rc h
del tmp  # ?rc h
print(closed, gc.collect())
tmp2 = TempFile("/tmp/closed-early.dat")
tmp2.close()  # ?rc tmp2
h2 = tmp2.handle  # ?rc h2
del tmp2  # ?rc h2
print(len(closed))
