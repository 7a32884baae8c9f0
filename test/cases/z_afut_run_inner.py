# An inner task's exception going on out of asyncio.run(): awaited, the inner Task hands it over
# (and lets go of its traceback) but keeps it; main's frame, kept by the traceback, keeps that
# Task. Through gather (no return_exceptions) and a plain await only the main Task keeps it.
import asyncio
import gc


async def boom():
    raise KeyError("inner")


async def main_await():
    t = asyncio.create_task(boom())
    await t


async def main_gather():
    await asyncio.gather(boom(), boom())


async def main_direct():
    await boom()


try:
    asyncio.run(main_await())
except KeyError as e:
    err = e  # ?rc err
tb = err.__traceback__  # ?rc err tb
del tb, err
gc.collect()

try:
    asyncio.run(main_gather())
except KeyError as e:
    err = e  # ?rc err
tb = err.__traceback__  # ?rc err tb
del tb, err
gc.collect()

try:
    asyncio.run(main_direct())
except KeyError as e:
    err = e  # ?rc err
tb = err.__traceback__  # ?rc err tb
del tb, err
gc.collect()
