# Theme: a connection pool whose connections have __del__ finalizers that
# log; weakref.finalize on the pool; a connection resurrected into a
# free list; cycles between pool and connections collected.
import gc
import sys
import weakref

LOG = []


class Connection:
    def __init__(self, pool, ident):
        self.pool = pool
        self.ident = ident

    def __del__(self):
        LOG.append(self.ident)


class Pool:
    def __init__(self, size):
        self.free = [Connection(self, i * 1.5) for i in range(size)]
        self.busy = []

    def acquire(self):
        conn = self.free.pop()
        self.busy.append(conn)
        return conn

    def release(self, conn):
        self.busy.remove(conn)
        self.free.append(conn)  # ?rc conn


gc.collect()
pool = Pool(3)  # ?rc pool
fin = weakref.finalize(pool, LOG.append, "pool closed")  # ?rc fin pool
c1 = pool.acquire()  # ?rc c1 pool
c2 = pool.acquire()  # ?rc c2
pool.release(c1)  # ?rc c1
print(sys.getrefcount(pool), len(pool.free), len(pool.busy))
del c1
standalone = Connection(None, 99.5)  # ?rc standalone
del standalone  # ?rc LOG
print(len(LOG))
del pool
print(gc.collect())  # pool alive through c2.pool
del c2
print(gc.collect())  # pool, its lists, three connections
print(LOG[-1], fin.alive)
