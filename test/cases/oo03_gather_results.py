# Theme: asyncio.gather collects the coroutines' results into a new list in
# argument order; return_exceptions=True places exception objects in it.
import asyncio


class Reading:
    def __init__(self, value):
        self.value = value


async def sensor(i, shared):
    await asyncio.sleep(0)
    shared.append(i)
    return Reading(i * 1.5)


async def faulty(tag):
    await asyncio.sleep(0)
    raise ValueError(tag)


async def main():
    seen = []
    readings = await asyncio.gather(sensor(1, seen), sensor(2, seen), sensor(3, seen))  # ?rc readings seen
    r0 = readings[0]  # ?rc r0
    mixed = await asyncio.gather(sensor(4, seen), faulty("bad sensor!"), return_exceptions=True)  # ?rc mixed seen
    err = mixed[1]  # ?rc err
    ok = mixed[0]  # ?rc ok
    del mixed  # ?rc err ok
    return readings, err


readings, err = asyncio.run(main())  # ?rc readings err
values = [r.value for r in readings]  # ?rc values
last = readings[-1]  # ?rc last
del readings  # ?rc last
