# Theme: a thread-free connection pool handing out connections through
# context managers. Connections go back to the pool on exit, even on error,
# but a caught exception that is kept around still pins the failed query's
# frame and the connection it had in a local.
import gc
import sys
from contextlib import contextmanager


class Conn:
    def __init__(self, dsn):
        self.dsn = dsn
        self.rows = []


class Pool:
    def __init__(self, dsn, size):
        self.idle = [Conn(dsn) for _ in range(size)]
        self.busy = []

    @contextmanager
    def connection(self):
        conn = self.idle.pop()
        self.busy.append(conn)
        try:
            yield conn
        finally:
            self.busy.remove(conn)
            self.idle.append(conn)


def query(pool, sql):
    with pool.connection() as conn:
        conn.rows.append(sql)
        if "DROP" in sql:
            raise PermissionError("refused: " + sql)
    return len(conn.rows)


gc.collect()
pool = Pool("db://orders", 2)  # ?rc pool
c0 = pool.idle[-1]  # ?rc c0
cm = pool.connection()  # ?rc cm pool
with cm as got:
    print(got is c0, sys.getrefcount(c0))  # ?rc got
del got  # ?rc c0
print(query(pool, "SELECT 1"))  # ?rc c0
try:
    query(pool, "DROP TABLE orders")
except PermissionError as e:
    failure = e  # ?rc c0 failure
print(len(pool.idle), sys.getrefcount(c0))
failure.__traceback__ = None  # ?rc c0
del failure, cm
print(gc.collect())
