# Theme: asyncio.create_task: the task keeps its coroutine (and so the
# coroutine's arguments) alive until it finishes; its result stays on the task.
import asyncio


class Job:
    def __init__(self, n):
        self.n = n


async def run_job(job):
    await asyncio.sleep(0)
    done = [job, job.n * 10]  # ?rc job done
    return done


async def main():
    j1 = Job(1)
    j2 = Job(2)
    t1 = asyncio.create_task(run_job(j1))  # ?rc j1 t1
    t2 = asyncio.create_task(run_job(j2))  # ?rc j2 t2
    await asyncio.sleep(0)  # ?rc j1 j2
    r1 = await t1  # ?rc j1 r1
    r2 = t2.result()  # ?rc r2
    r2b = await t2  # ?rc r2 r2b t2
    del t1  # ?rc r1 j1
    del t2  # ?rc r2 j2
    return j1, r2


pair = asyncio.run(main())  # ?rc pair
job, res = pair  # ?rc job res
del pair  # ?rc job res
