# Theme: an async context manager class handing out connections from a pool
# inside worker tasks; the pool keeps every connection in a dict.
import asyncio


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = []


class Pool:
    def __init__(self):
        self.conns = {}
        self.free = []

    def checkout(self):
        return Lease(self)


class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    async def __aenter__(self):
        await asyncio.sleep(0)
        if self.pool.free:
            self.conn = self.pool.free.pop()
        else:
            self.conn = Connection(len(self.pool.conns))
            self.pool.conns[self.conn.cid] = self.conn
        return self.conn

    async def __aexit__(self, *exc):
        self.pool.free.append(self.conn)
        self.conn = None
        return False


async def query(pool, sql):
    async with pool.checkout() as conn:
        conn.queries.append(sql)  # ?rc conn
    after = conn  # ?rc after


async def main():
    pool = Pool()  # ?rc pool
    await asyncio.gather(query(pool, "select 1;"), query(pool, "select 2;"))  # ?rc pool
    await query(pool, "select 3;")
    c0 = pool.conns[0]  # ?rc c0
    q = c0.queries  # ?rc q
    return pool


pool = asyncio.run(main())  # ?rc pool
c0 = pool.conns[0]  # ?rc c0
pool.free.clear()  # ?rc c0
