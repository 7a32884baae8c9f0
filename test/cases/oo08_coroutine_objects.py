# Theme: coroutine objects: calling an async def only creates the coroutine,
# whose frame already holds the arguments; close() or awaiting releases them.
import asyncio


class Payload:
    pass


async def consume(p, extra):
    held = [p]  # ?rc p held
    await asyncio.sleep(0)
    return len(held) + len(extra)


async def main(p):
    c1 = consume(p, [])  # ?rc p c1
    c2 = consume(p, [])  # ?rc p
    c2.close()  # ?rc p
    del c2  # ?rc p
    n = await c1  # ?rc p c1
    coros = [consume(p, [1, 2]) for _ in range(3)]  # ?rc p coros
    total = 0
    for c in coros:
        total += await c
    del c  # ?rc p
    coros.clear()  # ?rc p
    return total


pl = Payload()  # ?rc pl
m = main(pl)  # ?rc pl m
total = asyncio.run(m)  # ?rc pl m
del m  # ?rc pl
