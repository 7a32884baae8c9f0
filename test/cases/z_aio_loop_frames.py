# Theme: asyncio.run's result after a task raised. From 3.12 a kept traceback of a task's
# exception links the loop's frames (f_back), which keep the main Task and so its result;
# a traceback freed before the run ends keeps nothing. (3.11: the coroutine frame links nothing.)
import asyncio


class Payload:
    def __init__(self, n):
        self.n = n


async def failing(p):
    await asyncio.sleep(0)
    raise KeyError(p)


async def keeps_error():
    p = Payload(1)
    t = asyncio.create_task(failing(p))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    err = t.exception()
    return [p, err]


async def drops_error():
    box = Payload(2)
    outcomes = await asyncio.gather(failing(box), return_exceptions=True)  # ?rc outcomes box
    del outcomes
    return [box]


kept = asyncio.run(keeps_error())  # ?rc kept
first = kept[0]  # ?rc first kept
err = kept[1]  # ?rc err
tb = err.__traceback__
err.__traceback__ = None  # ?rc kept err
del tb  # ?rc kept first
plain = asyncio.run(drops_error())  # ?rc plain
box = plain[0]  # ?rc box plain
del plain  # ?rc box
