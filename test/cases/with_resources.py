# Theme: with-statements on user classes: a connection whose __enter__
# returns self, a transaction returning another object, and __exit__
# that records or swallows the exception.


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        return False


class Transaction:
    def __init__(self, conn):
        self.conn = conn
        self.errors = []

    def __enter__(self):
        cursor = [self.conn]  # ?rc cursor
        return cursor

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            self.errors.append(exc)
        return True


dsn = "postgres://db.example/app"  # ?rc dsn
conn = Connection(dsn)  # ?rc conn
with conn as c:
    inside = c  # ?rc conn inside
del inside  # ?rc conn c
tx = Transaction(conn)  # ?rc conn
with tx as cur:
    row = cur[0]  # ?rc cur conn
    raise ValueError("bad row")
caught = tx.errors[0]  # ?rc caught
with Connection(dsn) as temp:
    keep = temp  # ?rc keep dsn
del keep, temp  # ?rc dsn
tx.errors.clear()  # ?rc caught
del tx  # ?rc cur conn
del cur, row, c  # ?rc conn
