# Theme: contextlib.asynccontextmanager: the async generator behind the
# context manager holds its resource until the async with block exits.
import asyncio
import contextlib


class Conn:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = True


@contextlib.asynccontextmanager
async def connect(dsn, registry):
    conn = Conn(dsn)
    registry.append(conn)
    try:
        await asyncio.sleep(0)
        yield conn
    finally:
        conn.open = False
        closing = conn  # ?rc closing


async def main():
    registry = []
    async with connect("pg://one", registry) as c:
        inner = c  # ?rc c inner registry
    after = c  # ?rc after
    cm = connect("pg://two", registry)  # ?rc cm
    async with cm as c2:
        pass
    done = c2  # ?rc done cm
    return registry


reg = asyncio.run(main())  # ?rc reg
first = reg[0]  # ?rc first
reg.clear()  # ?rc first
