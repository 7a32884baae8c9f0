# Theme: an async generator paginating a fake API inside a task; every page is
# a Batch object kept in a shared list by the consuming task.
import asyncio


class Batch:
    def __init__(self, number, items):
        self.number = number
        self.items = items


async def paginate(total, per_page):
    start = 0
    while start < total:
        await asyncio.sleep(0)
        batch = Batch(start // per_page, list(range(start, min(start + per_page, total))))
        yield batch  # ?rc batch
        start += per_page


async def collect(source, sink):
    async for b in source:
        sink.append(b)  # ?rc b
    return len(sink)


async def main():
    sink = []
    gen = paginate(7, 3)  # ?rc gen
    t = asyncio.create_task(collect(gen, sink))  # ?rc gen sink
    n = await t  # ?rc gen sink
    b0 = sink[0]  # ?rc b0
    items = b0.items  # ?rc items
    del t  # ?rc gen
    return sink, gen


sink, gen = asyncio.run(main())  # ?rc sink gen
b0 = sink[0]  # ?rc b0
del gen  # ?rc b0
