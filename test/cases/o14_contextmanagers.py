# Resource handling with contextlib.contextmanager, ExitStack and class-based managers.
import contextlib
import gc


class Conn:
    opened = []

    def __init__(self, dsn):
        self.dsn = dsn
        self.log = []
        Conn.opened.append(self)  # ?rc self

    def close(self):
        Conn.opened.remove(self)  # ?rc self


@contextlib.contextmanager
def connect(dsn):
    c = Conn(dsn)  # ?rc c
    try:
        yield c
    finally:
        c.close()  # ?rc c


class Transaction:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        self.conn.log.append("begin tx")
        return self

    def __exit__(self, et, ev, tb):
        self.conn.log.append("rollback" if et else "commit")
        return False


with connect("db://primary") as conn:
    inside = conn  # ?rc conn
    with Transaction(conn) as tx:
        tx_alias = tx  # ?rc tx conn
    logs = conn.log  # ?rc logs
after = inside  # ?rc inside
del inside
cm = connect("db://replica")  # ?rc cm
c2 = cm.__enter__()  # ?rc c2 cm
cm.__exit__(None, None, None)  # ?rc c2
del cm  # ?rc c2
with contextlib.ExitStack() as stack:
    c3 = stack.enter_context(connect("db://third"))  # ?rc c3
    stack.callback(c3.log.append, "stack closed")  # ?rc c3
    s_alias = stack  # ?rc stack
print(len(Conn.opened), c3.log)
del tx, tx_alias
n = gc.collect()
print(logs, after.dsn, n)
