# Theme: coroutines are suspended frames too: a coroutine awaiting a custom
# awaitable keeps its arguments and locals until it is driven to completion
# or closed.
import gc


class Ready:
    def __await__(self):
        yield self
        return 2.5


class Conn:
    pass


async def handle(conn, log):
    buf = [conn]
    got = await Ready()
    log.append(buf)  # ?rc conn buf
    return conn


log = []
c = Conn()  # ?rc c
co = handle(c, log)  # ?rc c co
step = co.send(None)  # ?rc c step
try:
    co.send(None)
except StopIteration as stop:
    res = stop.value  # ?rc res
del res
co2 = handle(c, log)  # ?rc c
co2.send(None)  # ?rc c
co2.close()  # ?rc c
co3 = handle(c, log)  # ?rc c
co3.close()  # ?rc c -- never started: close it, no "never awaited" warning
del co3  # ?rc c
print(gc.collect())
log.clear()  # ?rc c
