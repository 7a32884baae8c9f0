# Theme: asyncio.wait_for with a timeout that does not expire: 3.12+ awaits the coroutine in the
# calling task (wait_for's frame keeping it), 3.11 wraps it in a Task; timeout=None awaits it directly.
import asyncio


class Res:
    pass


async def work(r, log, n):
    log.append(len(log))
    for _ in range(n):
        await asyncio.sleep(0)
    seen = r  # ?rc r
    return r


async def other(log):
    for i in range(4):
        log.append(i)
        await asyncio.sleep(0)


async def main():
    a = Res()
    log = []
    t = asyncio.create_task(other(log))
    v = await asyncio.wait_for(work(a, log, 2), 1.0)  # ?rc a v log
    n1 = len(log)  # ?rc n1
    w = await asyncio.wait_for(work(a, log, 1), None)  # ?rc a w
    co = work(a, log, 0)
    x = await asyncio.wait_for(co, timeout=5)  # ?rc a co x
    await t
    n2 = len(log)  # ?rc n2
    del v, w, x  # ?rc a
    return a


r = asyncio.run(main())  # ?rc r
