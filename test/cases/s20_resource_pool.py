# Theme: a connection pool used through context managers, with a retry
# loop that keeps the exceptions of failed attempts in a list. Each
# connection knows its pool (cycle while checked out lists hold it).
import gc
import sys
from contextlib import contextmanager


class TransientError(Exception):
    pass


class Connection:
    def __init__(self, pool, number):
        self.pool = pool
        self.number = number
        self.queries = []

    def execute(self, sql, fail=False):
        self.queries.append(sql)  # ?rc sql
        if fail:
            raise TransientError(f"conn {self.number}: timeout on {sql!r}")
        return [len(sql) * 1.5]


class Pool:
    def __init__(self, size):
        self.free = [Connection(self, i) for i in range(size)]
        self.busy = []

    def acquire(self):
        conn = self.free.pop()
        self.busy.append(conn)  # ?rc conn
        return conn

    def release(self, conn):
        self.busy.remove(conn)
        self.free.append(conn)  # ?rc conn

    @contextmanager
    def connection(self):
        conn = self.acquire()  # ?rc conn
        try:
            yield conn
        finally:
            self.release(conn)


def with_retry(pool, sql, failures, attempts=3):
    errors = []
    for attempt in range(attempts):
        try:
            with pool.connection() as conn:
                rows = conn.execute(sql, fail=attempt < failures)  # ?rc rows
                return rows, errors
        except TransientError as exc:
            errors.append(exc)  # ?rc exc errors
    return None, errors


pool = Pool(2)  # ?rc pool
query = "SELECT * FROM orders WHERE total > 100"  # ?rc query
rows, errs = with_retry(pool, query, failures=0)  # ?rc rows errs query
print(rows, errs)
rows2, errs2 = with_retry(pool, query, failures=2)  # ?rc rows2 errs2
first_err = errs2[0]  # ?rc first_err errs2
print(first_err, sys.getrefcount(first_err))
rows3, errs3 = with_retry(pool, "DELETE FROM cart", failures=5)  # ?rc errs3
messages = [str(e) for e in errs3]  # ?rc messages
print(messages)
free = pool.free  # ?rc free
c0 = free[0]  # ?rc c0 pool
with pool.connection() as held:
    busy_now = pool.busy  # ?rc busy_now held
log = held.queries  # ?rc log
del held, c0  # ?rc free
print(gc.collect())
del errs3, messages
print(gc.collect())  # each exception -> traceback -> frames -> errors list -> exception
del errs2  # ?rc first_err
del first_err
print(gc.collect())
del free, busy_now, log
del pool  # pool <-> connections
print(gc.collect())
