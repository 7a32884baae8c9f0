# Application-style: a database connection pool. Connections are context
# managers returned to the pool on exit; a transaction contextmanager rolls
# back on errors and records the failure; QueryError carries the connection.
import contextlib
import gc
import sys


class QueryError(Exception):
    def __init__(self, conn, sql):
        super().__init__(sql)
        self.conn = conn
        self.sql = sql


class Connection:
    def __init__(self, pool, ident):
        self.pool = pool
        self.ident = ident
        self.log = []

    def execute(self, sql):
        if "DROP" in sql:
            raise QueryError(self, sql)
        self.log.append(sql)  # ?rc sql

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.pool.release(self)  # ?rc self
        return False


class Pool:
    def __init__(self, size):
        self.idle = [Connection(self, i) for i in range(size)]
        self.failures = []

    def acquire(self):
        conn = self.idle.pop()  # ?rc conn
        return conn

    def release(self, conn):
        self.idle.append(conn)

    @contextlib.contextmanager
    def transaction(self):
        conn = self.acquire()
        with conn:
            try:
                yield conn
                conn.execute("COMMIT;")
            except QueryError as err:
                conn.execute("ROLLBACK;")
                self.failures.append(err)  # ?rc err conn


pool = Pool(2)  # ?rc pool
with pool.transaction() as c:
    c.execute("INSERT INTO t VALUES (1);")  # ?rc c
with pool.transaction() as c:
    c.execute("DROP TABLE t;")
    c.execute("never runs")
print(len(pool.failures), sys.getrefcount(c))
failure = pool.failures[0]  # ?rc failure c
bad = failure.conn  # ?rc bad c
with pool.acquire() as a, pool.acquire() as b:
    a.execute("SELECT 1;")  # ?rc a b
print(len(pool.idle))
del failure, bad, a, b, c  # ?rc pool
print(gc.collect())  # nothing: all still reachable from pool
pool.failures.clear()
print(gc.collect())  # exception <-> traceback frames (generator frame)
del pool
print(gc.collect())  # pool <-> connections
