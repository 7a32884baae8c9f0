# Theme: an object pool / free list. Released objects go back on a list and
# are handed out again instead of being reallocated.
import gc
import sys


class Conn:
    created = 0

    def __init__(self):
        Conn.created += 1
        self.buffer = bytearray(16)
        self.open = True

    def reset(self):
        self.buffer = bytearray(16)


class Pool:
    def __init__(self):
        self.free = []
        self.busy = []

    def acquire(self):
        conn = self.free.pop() if self.free else Conn()
        self.busy.append(conn)
        return conn

    def release(self, conn):
        self.busy.remove(conn)
        conn.reset()
        self.free.append(conn)  # ?rc conn


gc.collect()
pool = Pool()  # ?rc pool
c1 = pool.acquire()  # ?rc c1
c2 = pool.acquire()  # ?rc c1 c2
buf = c1.buffer  # ?rc buf
pool.release(c1)  # ?rc c1 buf
del buf
c3 = pool.acquire()  # ?rc c1 c3 -- the same object again
print(c3 is c1)
del c3  # ?rc c1
free = pool.free  # ?rc free
busy = pool.busy  # ?rc busy
pool.release(c1)  # ?rc c1 free
pool.release(c2)  # ?rc c2 busy
print(sys.getrefcount(c2))
del c1, c2
print(gc.collect())
held = pool.free[:]  # ?rc held
first = held[0]  # ?rc first
del held  # ?rc first
del pool  # ?rc free busy first
free.clear()  # ?rc first
print(gc.collect())
