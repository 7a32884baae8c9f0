# Theme: asyncio.Lock and Semaphore under the followed loop: acquire() of a free lock returns at
# once; a taken one parks the task (its acquire / __aenter__ coroutines hold the lock) until
# release() wakes the first waiter; a Semaphore lets `value` holders in at a time.
import asyncio


class Shared:
    def __init__(self):
        self.order = []


async def guarded(lock, shared, tag):
    async with lock:
        shared.order.append(tag)
        await asyncio.sleep(0)
        held = lock  # ?rc held
    done = shared  # ?rc done


async def limited(sem, shared, tag):
    await sem.acquire()
    try:
        shared.order.append(tag)
        await asyncio.sleep(0)
        inside = sem  # ?rc inside
    finally:
        sem.release()


async def main():
    lock = asyncio.Lock()  # ?rc lock
    sem = asyncio.BoundedSemaphore(2)  # ?rc sem
    shared = Shared()
    ok = await lock.acquire()
    lock.release()
    await asyncio.gather(*[guarded(lock, shared, f"g{i}!") for i in range(3)])  # ?rc lock shared
    await asyncio.gather(*[limited(sem, shared, f"s{i}!") for i in range(3)])  # ?rc sem shared
    first = shared.order[0]  # ?rc first
    return shared


shared = asyncio.run(main())  # ?rc shared
last = shared.order[-1]  # ?rc last
