# Theme: context managers owning resources: a pool lends connections in
# __enter__ and takes them back in __exit__ (suppressing KeyError); a
# contextmanager transaction logs the error it swallows into the buffer,
# so exception, traceback and generator frame form a cycle with it.
import contextlib
import gc


class Conn:
    def __init__(self):
        self.buffer = []


class Pool:
    def __init__(self, size):
        self.free = [Conn() for _ in range(size)]
        self.busy = []

    def acquire(self):
        conn = self.free.pop()
        self.busy.append(conn)  # ?rc conn
        return conn

    def release(self, conn):
        self.busy.remove(conn)
        self.free.append(conn)


class Borrow:
    def __init__(self, pool):
        self.pool = pool

    def __enter__(self):
        self.conn = self.pool.acquire()
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        conn, self.conn = self.conn, None
        self.pool.release(conn)  # ?rc conn
        return exc_type is KeyError


@contextlib.contextmanager
def transaction(conn):
    conn.buffer.append("BEGIN;")
    try:
        yield conn.buffer
    except ValueError as exc:
        conn.buffer.append(exc)
    conn.buffer.append("COMMIT;")


pool = Pool(2)  # ?rc pool
with Borrow(pool) as c:
    c.buffer.append("SELECT 1;")  # ?rc c
kept = c  # ?rc kept
with Borrow(pool) as c2:
    with Borrow(pool) as c3:
        pair = [c2, c3]  # ?rc c2 c3
with Borrow(pool) as c4:
    raise KeyError("missing row!")
free = pool.free  # ?rc free c4
with transaction(kept) as buf:
    size = len(buf)  # ?rc buf kept
with transaction(kept) as buf:
    raise ValueError("rollback please!")
logged = kept.buffer[-2]  # ?rc logged kept
del pool, free, c, c2, c3, c4, pair  # ?rc kept
del kept, buf, logged
print(gc.collect())
