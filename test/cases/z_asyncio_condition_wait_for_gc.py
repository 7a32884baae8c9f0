# Theme: asyncio.Condition.wait_for in a producer / consumer pair: once the predicate holds, the
# wait_for coroutine has returned, so after asyncio.run nothing of it is left for the collector.
import asyncio
import gc


class Inbox:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.items = []


async def consumer(box, out):
    async with box.cond:
        ok = await box.cond.wait_for(lambda: len(box.items) >= 2)
        out.append(box.items.pop())  # ?rc box
    return ok


async def producer(box):
    for n in range(2):
        async with box.cond:
            box.items.append([n])
            box.cond.notify_all()
        await asyncio.sleep(0)


async def main():
    box = Inbox()
    out = []
    t = asyncio.create_task(consumer(box, out))
    await asyncio.sleep(0)
    await producer(box)
    ok = await t  # ?rc box out
    return box, out, ok


gc.collect()
box, out, ok = asyncio.run(main())  # ?rc box out ok
n = gc.collect()  # ?rc n
