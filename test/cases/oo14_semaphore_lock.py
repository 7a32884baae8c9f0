# Theme: asyncio.Lock and Semaphore used with async with around a shared
# counter object; tasks queue up behind the lock.
import asyncio


class Counter:
    def __init__(self):
        self.value = 0
        self.history = []


async def bump(lock, sem, counter, tag):
    async with sem:
        async with lock:
            cur = counter.value
            await asyncio.sleep(0)
            counter.value = cur + 1
            counter.history.append(tag)  # ?rc tag
    finished = counter  # ?rc lock


async def main():
    lock = asyncio.Lock()  # ?rc lock
    sem = asyncio.Semaphore(2)  # ?rc sem
    counter = Counter()  # ?rc counter
    tags = [f"tag-{i}!" for i in range(3)]
    coros = [bump(lock, sem, counter, t) for t in tags]  # ?rc lock sem counter
    await asyncio.gather(*coros)  # ?rc counter
    del coros  # ?rc lock sem counter
    hist = counter.history  # ?rc hist
    t0 = tags[0]  # ?rc t0
    return counter


c = asyncio.run(main())  # ?rc c
h = c.history  # ?rc h
del c  # ?rc h
