# asyncio: a producer/consumer pipeline over an asyncio.Queue; once asyncio.run returns, the awaited
# queue coroutines are gone and gc.collect() finds nothing
import asyncio
import gc


class Job:
    def __init__(self, n):
        self.n = n
        self.result = None


async def producer(q, jobs):
    for j in jobs:
        await q.put(j)
    await q.put(None)


async def consumer(q, done):
    while True:
        j = await q.get()
        if j is None:
            break
        j.result = j.n * 2
        done.append(j)
        q.task_done()


async def main():
    jobs = [Job(i) for i in range(3)]
    j0 = jobs[0]  # ?rc j0
    q = asyncio.Queue()
    done = []
    t1 = asyncio.create_task(producer(q, jobs))
    t2 = asyncio.create_task(consumer(q, done))
    await asyncio.gather(t1, t2)  # ?rc j0 done
    r = t2.result()  # ?rc r
    del jobs  # ?rc j0
    done.clear()  # ?rc j0
    return j0


out = asyncio.run(main())  # ?rc out
n = gc.collect()
