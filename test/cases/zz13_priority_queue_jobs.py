# Theme: a job scheduler on asyncio.PriorityQueue: (priority, seq, job) tuples
# are queued, one worker handles them in priority order and stores results.
import asyncio


class Job:
    def __init__(self, name):
        self.name = name
        self.result = None


async def worker(pq, done):
    while True:
        prio, seq, job = await pq.get()
        if job is None:
            break
        await asyncio.sleep(0)
        job.result = [prio, job.name + " handled"]
        done.append(job)  # ?rc job


async def main():
    pq = asyncio.PriorityQueue()  # ?rc pq
    done = []
    jobs = [Job("low"), Job("high"), Job("mid")]
    low = jobs[0]  # ?rc low
    for seq, (prio, job) in enumerate(zip([30, 10, 20], jobs)):
        pq.put_nowait((prio, seq, job))
    pq.put_nowait((99, 99, None))
    await asyncio.sleep(0)  # ?rc low
    w = asyncio.create_task(worker(pq, done))  # ?rc pq done
    await w  # ?rc low done pq
    first = done[0]  # ?rc first
    res = first.result  # ?rc res
    jobs.clear()  # ?rc low first
    return done


done = asyncio.run(main())  # ?rc done
high = done[0]  # ?rc high
res = high.result  # ?rc res
