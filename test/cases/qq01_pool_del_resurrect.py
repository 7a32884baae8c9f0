# Theme: an object pool whose objects return themselves to the free list from
# __del__ (resurrection). PEP 442 runs __del__ only once per object, so the
# second time a recycled buffer is dropped it is really freed.
import gc
import sys


class Buffer:
    pool = []

    def __init__(self, size):
        self.data = bytearray(size)
        self.uses = 0

    def __del__(self):
        if len(Buffer.pool) < 2:
            Buffer.pool.append(self)  # ?rc self


def acquire(size):
    if Buffer.pool:
        buf = Buffer.pool.pop()  # ?rc buf
    else:
        buf = Buffer(size)  # ?rc buf
    buf.uses += 1
    return buf


pool = Buffer.pool  # ?rc pool
a = acquire(16)  # ?rc a
b = acquire(16)  # ?rc a b
del a  # ?rc b pool
c = acquire(16)  # ?rc c -- the resurrected first buffer
print(c.uses, sys.getrefcount(c))
data = c.data  # ?rc data
del c  # ?rc data pool -- __del__ already ran once: really freed
print(len(pool))
del b  # ?rc pool
d = acquire(32)  # ?rc d
held = [d, d]  # ?rc d held
del held  # ?rc d
d.me = d  # ?rc d
del d
print(gc.collect(), len(pool))  # already finalized: not resurrected again
e = acquire(8)  # ?rc e
e2 = acquire(8)  # ?rc e e2
