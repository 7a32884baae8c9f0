# Theme: a pipeline of async generator stages feeding a Queue-based sink task;
# each stage's frame keeps its upstream generator alive while iterating.
import asyncio


class Msg:
    def __init__(self, text):
        self.text = text


async def source(texts):
    for t in texts:
        await asyncio.sleep(0)
        yield Msg(t)


async def upper(stage):
    async for m in stage:
        yield Msg(m.text.upper())


async def sink(q, store):
    while (m := await q.get()) is not None:
        store.append(m)  # ?rc m


async def main():
    texts = ["a b c", "d e f"]  # ?rc texts
    q = asyncio.Queue(maxsize=1)
    store = []
    t = asyncio.create_task(sink(q, store))  # ?rc q store
    src = source(texts)  # ?rc src texts
    up = upper(src)  # ?rc src up
    async for msg in up:
        await q.put(msg)  # ?rc msg
    await q.put(None)
    await t  # ?rc store src
    del up  # ?rc src
    return store


store = asyncio.run(main())  # ?rc store
s0 = store[0]  # ?rc s0
