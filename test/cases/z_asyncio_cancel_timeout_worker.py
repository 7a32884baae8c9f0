# Theme: a supervisor cancels workers that sleep between polls; one worker awaits another task
# (cancelling it cancels the sleeping inner task too), and each keeps its buffer until its
# CancelledError is handled.
import asyncio


class Buffer:
    def __init__(self):
        self.items = []


async def poll(buf, every):
    while True:
        buf.items.append(every)
        await asyncio.sleep(every)


async def relay(inner):
    return await inner


async def main():
    a, b = Buffer(), Buffer()
    ta = asyncio.create_task(poll(a, 0.5))
    inner = asyncio.create_task(poll(b, 2.0))
    tr = asyncio.create_task(relay(inner))
    await asyncio.sleep(0.1)
    ta.cancel()  # ?rc a ta
    tr.cancel()  # ?rc b inner tr
    results = await asyncio.gather(ta, tr, return_exceptions=True)  # ?rc a b
    kinds = [type(r).__name__ for r in results]  # ?rc kinds
    done = inner.cancelled()  # ?rc done inner
    return a, b, len(a.items)


a, b, n = asyncio.run(main())  # ?rc a b n
