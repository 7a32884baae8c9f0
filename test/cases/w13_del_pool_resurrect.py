# Theme: a connection pool whose connections return themselves to the pool
# from __del__ (resurrection). A connection in a cycle with its session is
# found by gc.collect(), finalized once, resurrected into the pool; PEP 442
# means __del__ never runs a second time for it.
import gc
import sys


class Pool:
    def __init__(self):
        self.idle = []
        self.returned = 0


class Connection:
    def __init__(self, pool, dsn):
        self.pool, self.dsn = pool, dsn
        self.session = None

    def __del__(self):
        self.pool.returned += 1
        self.session = None
        self.pool.idle.append(self)  # ?rc self


class Session:
    def __init__(self, conn):
        self.conn = conn
        conn.session = self
        self.queries = [f"select {n}" for n in range(3)]


pool = Pool()  # ?rc pool
c1 = Connection(pool, "db://primary")  # ?rc c1 pool
s1 = Session(c1)  # ?rc s1 c1
queries = s1.queries  # ?rc queries
del c1, s1  # ?rc queries
print(gc.collect(), pool.returned, len(pool.idle))  # session freed, conn resurrected
back = pool.idle[0]  # ?rc back
print(back.session, sys.getrefcount(back))
c2 = Connection(pool, "db://replica")  # ?rc c2
del c2  # ?rc pool -- no cycle: __del__ runs at once
second = pool.idle[1]  # ?rc second
pool.idle.clear()  # ?rc back second
del back  # ?rc pool -- already finalized: not resurrected again
print(pool.returned, len(pool.idle))
del second
print(pool.returned, len(pool.idle), gc.collect())
