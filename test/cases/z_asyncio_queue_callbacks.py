# Theme: asyncio.Queue under the followed loop: put() stores the item in the queue until get()
# hands it over, a bounded queue makes put() wait for a getter, join() waits for task_done();
# add_done_callback keeps the callback on the task until the task is done and runs it with it.
import asyncio


class Msg:
    def __init__(self, n):
        self.n = n


async def produce(q, made):
    for i in range(3):
        m = Msg(i)
        made.append(m)
        await q.put(m)  # ?rc m
    await q.put(None)


async def consume(q, seen):
    while True:
        m = await q.get()
        if m is None:
            q.task_done()
            break
        seen.append(m)  # ?rc m
        q.task_done()
    return len(seen) * 1.5


def record(log, task):
    log.append(task.result())


async def main():
    q = asyncio.Queue(maxsize=1)  # ?rc q
    made, seen, log = [], [], []
    c = asyncio.create_task(consume(q, seen))
    c.add_done_callback(record.__get__(log))  # ?rc c log
    await produce(q, made)
    await q.join()  # ?rc q
    size = q.qsize() + 0.5  # ?rc size
    await c  # ?rc c
    await asyncio.sleep(0)  # ?rc log
    first = made[0]  # ?rc first
    return made, seen, log


made, seen, log = asyncio.run(main())  # ?rc made seen log
m0 = made[0]  # ?rc m0
r = log[0]  # ?rc r
