# Theme: a pool whose connections return themselves to the free list from
# __del__ when a caller forgets to release them (resurrection). Inside a
# cycle the collector still runs __del__ once (PEP 442); the second time the
# same connection dies, __del__ does not run again and it is really freed.
import gc
import sys


class Pool:
    def __init__(self):
        self.free = []
        self.reclaimed = 0

    def acquire(self):
        conn = self.free.pop() if self.free else Connection(self)
        conn.owner = None
        return conn


class Connection:
    def __init__(self, pool):
        self.pool = pool
        self.owner = None

    def __del__(self):
        self.pool.reclaimed += 1
        self.pool.free.append(self)


class Job:
    def __init__(self, pool):
        self.conn = pool.acquire()
        self.conn.owner = self  # job <-> connection cycle


gc.collect()
pool = Pool()  # ?rc pool
c = pool.acquire()  # ?rc c pool
del c  # ?rc pool -- __del__ put it back on the free list
again = pool.acquire()  # ?rc again
del again  # second death: no finalizer this time
print(pool.reclaimed, len(pool.free), gc.collect())
job = Job(pool)  # ?rc job pool
conn = job.conn  # ?rc conn
del conn
del job
print(gc.collect())  # job freed; the connection was resurrected
back = pool.free[0]  # ?rc back
owner = back.owner  # ?rc owner
print(pool.reclaimed, sys.getrefcount(back))
del owner
back.owner = None
pool.free.clear()  # ?rc back
del back
print(gc.collect(), pool.reclaimed)
