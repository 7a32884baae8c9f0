# Theme: rate limiting with asyncio.Semaphore: at most two downloads run at
# once; each download records a Stat object in a shared list.
import asyncio


class Stat:
    def __init__(self, job, active):
        self.job = job
        self.active = active


class Job:
    def __init__(self, jid):
        self.jid = jid


async def download(sem, job, stats, state):
    async with sem:
        state["active"] += 1
        st = Stat(job, state["active"])
        stats.append(st)  # ?rc st job
        await asyncio.sleep(0.01)
        state["active"] -= 1
    return st


async def main():
    sem = asyncio.Semaphore(2)  # ?rc sem
    stats = []
    state = {"active": 0}
    jobs = [Job(i) for i in range(4)]
    j0 = jobs[0]  # ?rc j0
    tasks = [asyncio.create_task(download(sem, j, stats, state)) for j in jobs]  # ?rc sem j0
    await asyncio.sleep(0)  # ?rc sem stats j0
    done = await asyncio.gather(*tasks)  # ?rc done stats sem
    s0 = done[0]  # ?rc s0 j0
    del tasks  # ?rc s0 sem
    return stats, jobs


stats, jobs = asyncio.run(main())  # ?rc stats jobs
s0 = stats[0]  # ?rc s0
j0 = jobs[0]  # ?rc j0
del stats  # ?rc s0 j0
