# Theme: asyncio timers: a lone short sleep is exact (with nothing else ready the loop sleeps until
# its deadline); deadlines 5 ms apart fire in deadline order, the later-set earlier timer first.
import asyncio


async def nap(box, delay, log):
    await asyncio.sleep(delay)
    log.append(box)  # ?rc box


async def main():
    log = []
    box = [0.5]
    await asyncio.create_task(nap(box, 0.001, log))  # ?rc box log
    first, second = [1.5], [2.5]
    t1 = asyncio.create_task(nap(first, 0.015, log))
    t2 = asyncio.create_task(nap(second, 0.01, log))
    await asyncio.sleep(0.02)  # ?rc first second t1 t2
    late = [3.5]
    t3 = asyncio.create_task(nap(late, 0.02, log))
    await asyncio.sleep(0.025)  # ?rc late t3
    del t1, t2, t3  # ?rc first second late
    return log


log = asyncio.run(main())  # ?rc log
