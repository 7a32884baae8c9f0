# Theme: cancelling a task: the coroutine sees CancelledError at its await,
# runs its cleanup and the task ends cancelled, releasing its frame.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False


async def worker(res, log):
    try:
        while True:
            await asyncio.sleep(0)
            log.append(res.name)
    except asyncio.CancelledError:
        res.closed = True
        cleanup = res  # ?rc cleanup
        raise


async def main():
    res = Resource("sock one")  # ?rc res
    log = []
    t = asyncio.create_task(worker(res, log))  # ?rc res t
    await asyncio.sleep(0)
    await asyncio.sleep(0)  # ?rc res
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        state = t.cancelled()
    alive = res  # ?rc res alive
    del t  # ?rc res
    return res, log


pair = asyncio.run(main())  # ?rc pair
res, log = pair  # ?rc res log
