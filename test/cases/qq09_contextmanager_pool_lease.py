# Theme: a connection pool that leases connections through a
# @contextlib.contextmanager; the generator holds the connection while the
# with block runs and returns it to the pool in its finally clause.
import contextlib
import sys


class Conn:
    def __init__(self, dsn):
        self.dsn = dsn
        self.queries = 0


class Pool:
    def __init__(self, dsn, size):
        self.free = [Conn(dsn) for _ in range(size)]
        self.busy = 0

    @contextlib.contextmanager
    def lease(self):
        conn = self.free.pop()
        self.busy += 1
        try:
            yield conn
        finally:
            self.busy -= 1
            self.free.append(conn)


pool = Pool("db://local host", 2)  # ?rc pool
free = pool.free  # ?rc free
first = free[-1]  # ?rc first
with pool.lease() as c:
    c.queries += 1  # ?rc c first
    inner = c  # ?rc c
after = inner  # ?rc first after
del inner, after, c  # ?rc first
cm = pool.lease()  # ?rc cm pool
got = cm.__enter__()  # ?rc got first
print(len(free), sys.getrefcount(got))
cm.__exit__(None, None, None)  # ?rc got cm
del cm  # ?rc got
try:
    with pool.lease() as c2:
        held = [c2]  # ?rc c2 held
        raise KeyError(c2.dsn)
except KeyError:
    pass
print(len(free), sys.getrefcount(c2))  # ?rc held
del held  # ?rc c2
