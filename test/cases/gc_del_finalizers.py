# Theme: __del__ finalizers: a chain of finalizable objects, a cycle with
# one finalizer, and a finalizer that stores a reference elsewhere.
import gc

log = []


class Fin:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        log.append(self.tag)


class Plain:
    pass


gc.collect()
a = Fin(1.5)  # ?rc a
a.next = Fin(2.5)
del a  # plain chain: both finalised by reference counting
print(len(log))
x = Fin(3.5)
y = Plain()
x.peer, y.peer = y, x  # ?rc x y
del x, y
print(gc.collect())  # both, the finalizer ran first
saved = []


class Saver:
    def __del__(self):
        saved.append(self.payload)


sv = Saver()
payload = [0.25]  # ?rc payload
sv.payload = payload
sv.me = sv  # ?rc sv payload
del sv
print(gc.collect())  # the Saver is freed, its payload survives
got = saved[0]  # ?rc got payload
