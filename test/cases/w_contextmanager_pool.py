# Theme: a connection pool handing out connections through
# contextlib.contextmanager, with a failing block, nested managers and a
# log of closed connections.
import gc
import sys
from contextlib import contextmanager


class Conn:
    def __init__(self, ident):
        self.ident = ident
        self.queries = []
        self.pool = None


class Pool:
    def __init__(self, size):
        self.free = [Conn(i * 1.5) for i in range(size)]
        self.busy = []
        self.closed = []

    @contextmanager
    def connection(self):
        conn = self.free.pop()  # ?rc conn
        self.busy.append(conn)
        try:
            yield conn
        finally:
            self.busy.remove(conn)
            self.free.append(conn)  # ?rc conn


pool = Pool(3)  # ?rc pool
with pool.connection() as c:
    c.queries.append("select 1 from t")
    inside = c  # ?rc inside c
print(sys.getrefcount(inside))
try:
    with pool.connection() as c2:
        failing = c2  # ?rc failing
        raise KeyError("lost connection!")
except KeyError as exc:
    msg = exc.args[0]  # ?rc msg failing
with pool.connection() as x, pool.connection() as y:
    pair = [x, y]  # ?rc pair x y
taken = pool.free[:]  # ?rc taken inside
del pair, taken, c, c2, x, y
first = pool.free[0]  # ?rc first
first.pool = pool
del inside, failing, first
gc.collect()
del pool
print(gc.collect())  # pool, its lists, a conn cycle and its queries lists
