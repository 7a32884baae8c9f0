# Theme: asyncio.sleep with a delay under the followed loop: the sleeping task's timer fires in
# deadline order (equal delays set together: in the order they were set), one loop iteration
# before the task's step; sleep(d, result) gives result back, held by the sleep meanwhile.
import asyncio


class Tick:
    def __init__(self, name):
        self.name = name


async def ticker(name, delay, log):
    tick = Tick(name)
    got = await asyncio.sleep(delay, tick)  # ?rc got tick
    log.append(got)
    return got


async def main():
    log = []
    slow = asyncio.create_task(ticker("slow", 0.05, log))
    fast = asyncio.create_task(ticker("fast", 0.01, log))
    same = asyncio.create_task(ticker("same", 0.01, log))
    await asyncio.sleep(0)
    n = len(log) + 0.5  # ?rc n log
    await asyncio.sleep(0.02)
    first = log[0]  # ?rc first
    both = await asyncio.gather(slow, fast, same)  # ?rc both slow
    last = log[-1]  # ?rc last
    return log


log = asyncio.run(main())  # ?rc log
head = log[0]  # ?rc head
