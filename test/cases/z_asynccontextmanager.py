# Theme: contextlib.asynccontextmanager driven by hand with coro.send(None):
# the manager holds the async generator, func, args and kwds until
# __aenter__; the generator's frame holds its resource until __aexit__
# resumes it (or throws the block's exception into it with athrow).
import contextlib


class Conn:
    def __init__(self, dsn):
        self.dsn = dsn


@contextlib.asynccontextmanager
async def connect(dsn, registry, tag=None):
    conn = Conn(dsn)
    registry.append(conn)
    try:
        yield conn
    except KeyError as e:
        seen = e  # ?rc seen
        raise
    except ValueError as e:
        swallowed = e  # ?rc swallowed
    finally:
        closing = conn  # ?rc closing


async def main(dsn, registry):
    cm = connect(dsn, registry, tag=dsn)  # ?rc cm dsn registry
    async with cm as c:
        inner = c  # ?rc c cm dsn registry
    after = c  # ?rc after cm dsn
    try:
        async with connect(dsn, registry) as d:
            err = KeyError("k")
            raise err
    except KeyError as e2:
        caught = e2  # ?rc caught
    kept = err  # ?rc kept
    return d


async def swallow(dsn, registry):
    async with connect(dsn, registry) as d2:
        bad = ValueError("v")
        raise bad
    return d2


dsn = "pg://" + "x" * 20
registry = []
co = main(dsn, registry)
try:
    co.send(None)
except StopIteration as stop:
    result = stop.value  # ?rc result
del co
first = registry[0]  # ?rc first dsn registry
registry.clear()  # ?rc first
co = swallow(dsn, registry)
try:
    co.send(None)
except StopIteration as stop:
    last = stop.value  # ?rc last
