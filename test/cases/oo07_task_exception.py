# Theme: a task that raises stores the exception; awaiting it re-raises the
# same object, whose traceback keeps the failed coroutine frames alive.
import asyncio
import gc


class Order:
    def __init__(self, oid):
        self.oid = oid


class OrderError(Exception):
    pass


async def process(order):
    await asyncio.sleep(0)
    raise OrderError(order)


async def main():
    o = Order(7)  # ?rc o
    t = asyncio.create_task(process(o))  # ?rc o
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    exc = t.exception()  # ?rc exc o
    try:
        await t
    except OrderError as e:
        same = e  # ?rc same o
    del t  # ?rc exc o
    return exc


err = asyncio.run(main())  # ?rc err
n1 = gc.collect()
info = err.args  # ?rc info err
err.__traceback__ = None
n2 = gc.collect()
owner = err.args[0]  # ?rc owner
del info  # ?rc owner
