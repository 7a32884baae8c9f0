# Theme: asyncio.run returns main's own return value (Runner, loop and Task gone); a task that
# raises keeps its exception instead of stopping the program at create_task / gather.
import asyncio


class Job:
    def __init__(self, n):
        self.n = n


async def work(job):
    await asyncio.sleep(0)
    return [job, job.n * 1.5]


async def bad(tag):
    raise ValueError(tag)


async def main():
    j = Job(3)  # ?rc j
    t = asyncio.create_task(work(j))
    res = await t
    errs = await asyncio.gather(bad("bad tag!"), return_exceptions=True)
    out = [j, 2.5 * 4]  # ?rc out j
    return out


got = asyncio.run(main())  # ?rc got
first = got[0]  # ?rc first got
last = got[1]  # ?rc last
del got  # ?rc first last


async def plain():
    data = {"key one": 10 ** 6}  # ?rc data
    return data


back = asyncio.run(plain())  # ?rc back
copy = back  # ?rc back copy
