# Theme: a connection pool whose borrow/return happens in try/finally;
# early returns, errors and `continue` in the loop all pass through the
# finally block, so every borrowed connection goes back to the pool, but
# a kept error still holds the connection through its arguments.


class Conn:
    def __init__(self, n):
        self.n = n


class Pool:
    def __init__(self, size):
        self.free = [Conn(i) for i in range(size)]
        self.lent = []

    def get(self):
        conn = self.free.pop()
        self.lent.append(conn)
        return conn

    def put(self, conn):
        self.lent.remove(conn)
        self.free.append(conn)


def query(pool, sql):
    conn = pool.get()
    try:
        if not sql:
            return None
        if sql.startswith("DROP"):
            raise PermissionError(sql, conn)
        return [conn.n, sql]
    finally:
        pool.put(conn)


pool = Pool(2)  # ?rc pool
c_top = pool.free[-1]  # ?rc c_top
res = query(pool, "SELECT 1;")  # ?rc c_top res
empty = query(pool, "")  # ?rc c_top
failures = []
for sql in ("DROP t;", "SELECT 2;", "DROP u;"):
    try:
        out = query(pool, sql)
    except PermissionError as exc:
        failures.append(exc)
        continue
    last = out  # ?rc last
print(len(failures))  # ?rc c_top pool
err = failures[0]  # ?rc err
failures.clear()  # ?rc c_top err
del err  # ?rc c_top
