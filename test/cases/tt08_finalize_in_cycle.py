# Theme: weakref.finalize registered on objects that end up in a cycle.
# The finalizer callbacks run while the collector frees the cycle; their
# arguments are kept alive by the finalize registry until then.
import gc
import weakref

closed = []


class Conn:
    def __init__(self, name):
        self.name = name
        self.peer = None


def on_close(tag, log):
    log.append(tag)  # ?rc tag


gc.collect()
a = Conn("conn a")  # ?rc a
b = Conn("conn b")
a.peer, b.peer = b, a  # ?rc a b
tag_a = "closing a!"  # ?rc tag_a
fa = weakref.finalize(a, on_close, tag_a, closed)  # ?rc a fa tag_a
fb = weakref.finalize(b, on_close, "closing b!", closed)  # ?rc b fb
del a, b
print(gc.collect())  # two Conns; the finalizers fire during collection
done = len(closed)
print(gc.collect())  # nothing left
after = tag_a  # ?rc tag_a -- the registry dropped its argument tuple
del fa, fb

c = Conn("conn c")
c.peer = c  # ?rc c
fc = weakref.finalize(c, closed.append, "early close!")  # ?rc c fc
fc()  # ?rc c fc -- run by hand: detached from the registry
del c
print(gc.collect())  # just the Conn
print(len(closed))
