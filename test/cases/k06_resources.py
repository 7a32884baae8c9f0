# Context managers holding resources: `with` binds the __enter__ result,
# the manager is kept by the frame until the block exits.
import contextlib
import gc
import io


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.buffer = io.StringIO()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False

    def close(self):
        self.closed = True
        self.buffer.close()


class Transaction:
    def __init__(self, conn):
        self.conn = conn
        self.ops = []

    def __enter__(self):
        self.conn.tx = self  # cycle conn <-> tx while open
        return self.ops

    def __exit__(self, *exc_info):
        self.conn.tx = None
        return False


gc.collect()
conn = Connection("db://local/test")  # ?rc conn
with conn as c:
    same = c  # ?rc conn c same
    c.buffer.write("hello")  # ?rc conn
del same  # ?rc conn c
del c  # ?rc conn

with Transaction(conn) as ops:
    ops.append(("insert", 1.5))  # ?rc ops
    tx = conn.tx  # ?rc tx
del tx  # ?rc ops
print(gc.collect())


def run_queries(dsn, queries):
    results = []  # ?rc results
    with Connection(dsn) as cx:
        for q in queries:
            cx.buffer.write(q)
            results.append(len(q))  # ?rc cx
    return results


out = run_queries("db://local/other", ["select 1", "select 2"])  # ?rc out
print(gc.collect())

buf = io.BytesIO(b"raw bytes payload")  # ?rc buf
with buf:
    view = buf.getbuffer()  # ?rc buf view
    del view  # ?rc buf
closed_flag = buf.closed  # ?rc buf
print(gc.collect())


@contextlib.contextmanager
def checkout(pool_name):
    lease = [pool_name, "leased"]
    try:
        yield lease  # ?rc lease
    finally:
        lease[1] = "returned"


with checkout("pool one") as l1:
    held = l1  # ?rc l1 held
del held  # ?rc l1
with contextlib.ExitStack() as stack:
    l2 = stack.enter_context(checkout("pool two"))  # ?rc l2
    c2 = stack.enter_context(Connection("db://local/third"))  # ?rc c2
del stack  # ?rc l2 c2
print(gc.collect())
