# Theme: cancelling a task that sleeps (the asyncio tutorial's "cancel a long-running task"): the
# CancelledError is thrown into the coroutine at its await, a finally block runs, and awaiting the
# task raises CancelledError in the caller.
import asyncio
import gc


class Job:
    def __init__(self, name):
        self.name = name
        self.log = []


async def slow(job):
    try:
        await asyncio.sleep(10)
        job.log.append("done")
    except asyncio.CancelledError:
        job.log.append("cancelled")
        raise
    finally:
        job.log.append("cleanup")


async def main():
    job = Job("a")
    t = asyncio.create_task(slow(job))
    await asyncio.sleep(0)
    t.cancel()  # ?rc job t
    try:
        await t
    except asyncio.CancelledError:
        pass
    n = len(job.log)  # ?rc job n
    return job, t.cancelled()


gc.collect()
job, was = asyncio.run(main())  # ?rc job was
found = gc.collect()  # ?rc found
