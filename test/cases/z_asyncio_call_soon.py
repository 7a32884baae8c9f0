# Theme: loop.call_soon / call_later Handles hold the callback's arguments in their `_args` tuple
# (the ready deque / timer heap holds the Handle) until it runs; only cancel() clears `_args`, and a
# cancelled timer leaves the heap when it reaches its head; loop.close() drops timers not yet due.
import asyncio


def record(item, log):
    log.append(item)  # ?rc item log


async def main():
    loop = asyncio.get_running_loop()
    item, log = [1.5], []
    h1 = loop.call_soon(record, item, log)  # ?rc item h1
    h2 = loop.call_soon_threadsafe(record, item, log)
    h2.cancel()  # ?rc item h2
    await asyncio.sleep(0)  # ?rc item log h1 h2
    t1 = loop.call_later(0.05, record, item, log)
    t2 = loop.call_later(0.5, record, item, log)
    t1.cancel()  # ?rc item t1 t2
    await asyncio.sleep(0)  # ?rc t1 t2
    del h1, h2  # ?rc item
    t3 = loop.call_later(0.01, record, log, item)  # ?rc t3
    await asyncio.sleep(0.02)  # ?rc item log t3
    return t2


t2 = asyncio.run(main())  # ?rc t2
