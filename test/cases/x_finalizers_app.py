# A connection pool whose connections log on __del__; some end in cycles with
# their pool, some are released directly; the collector runs finalizers once.
import gc
import sys

closed = []


class Pool:
    def __init__(self):
        self.conns = []

    def open(self, name):
        conn = Conn(name, self)
        self.conns.append(conn)
        return conn


class Conn:
    def __init__(self, name, pool):
        self.name = name
        self.pool = pool

    def __del__(self):
        closed.append(self.name)


gc.collect()
pool = Pool()  # ?rc pool
c1 = pool.open("c1")  # ?rc c1 pool
c2 = pool.open("c2")  # ?rc c2 pool
solo = Conn("solo", None)  # ?rc solo
del solo
print(len(closed))
del c1, c2  # ?rc pool
print(sys.getrefcount(pool))
del pool
print(gc.collect())
print(len(closed))
p2 = Pool()
k = p2.open("k")  # ?rc k p2
p2.conns.clear()  # ?rc k p2
k.pool = None  # ?rc p2
print(gc.collect())
del k
print(closed[-1])
print(gc.collect())
