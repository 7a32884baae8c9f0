# An error escaping asyncio.run after the model stopped following the loop exactly (a task
# cancelled with a message, loop handles kept): the exception and what its traceback keeps get an
# open count (CPython: the failed main Task keeps it, run_until_complete's frame keeps the Task).
import asyncio
import gc


class Job:
    def __init__(self, name):
        self.name = name


handles = []


async def sleeper():
    await asyncio.sleep(10)


async def main(job):
    current = job
    loop = asyncio.get_running_loop()
    handles.append(loop.call_soon(print, current.name))
    t = asyncio.create_task(sleeper(), name="sleeper task")
    await asyncio.sleep(0)
    t.cancel("shutting down now")
    try:
        await t
    except asyncio.CancelledError as ce:
        handles.append(ce)
    raise RuntimeError("job failed: " + current.name)


job = Job("nightly export")  # ?rc job
try:
    asyncio.run(main(job))
except RuntimeError as e:
    err = e  # ?rc err job
h = handles[0]  # ?rc h job
ce = handles[1]  # ?rc ce
msg = ce.args[0]  # ?rc msg
handles.clear()  # ?rc h job
del h  # ?rc job
del err  # ?rc job
n = gc.collect()  # ?rc n
