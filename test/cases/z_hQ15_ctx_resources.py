# Theme: context managers that keep resources in lists: a pool hands out
# connection objects in __enter__ and takes them back in __exit__, a log
# of opened resources, and a contextlib.contextmanager generator that
# yields a buffer list.
import contextlib

class Conn:
    def __init__(self, ident):
        self.ident = ident
        self.queries = []

class Pool:
    def __init__(self, size):
        self.free = [Conn(i * 1000) for i in range(size)]
        self.busy = []
        self.opened = []

    def __enter__(self):
        conn = self.free.pop()
        self.busy.append(conn)
        self.opened.append(conn)
        return conn

    def __exit__(self, exc_type, exc, tb):
        conn = self.busy.pop()
        self.free.append(conn)
        return False

@contextlib.contextmanager
def buffered(sink):
    buf = []
    yield buf
    sink.extend(buf)

pool = Pool(2)  # ?rc pool
with pool as conn:
    conn.queries.append("select 1")  # ?rc conn
    inner = conn  # ?rc inner conn
busy = pool.busy  # ?rc busy inner
with pool as other:
    same = other is inner  # ?rc other inner
out = []  # ?rc out
with buffered(out) as buf:
    buf.append("first line")  # ?rc buf out
    buf.append("second line")  # ?rc buf
lines = out  # ?rc out buf
opened = pool.opened  # ?rc opened inner
del pool  # ?rc opened inner other
del conn, other  # ?rc inner
