# A failed Task keeps its exception's traceback besides the exception (fut_exception_tb):
# exception() leaves it there; result() and `await` put it back on the exception and let go.
import asyncio


async def boom():
    raise KeyError("no such job")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.gather(t, return_exceptions=True)
    return t


async def waiter():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    e0 = t.exception()
    tb0 = e0.__traceback__  # ?rc e0 tb0
    try:
        await t
    except KeyError as e:
        inner = e.__traceback__  # ?rc e tb0 inner
    return tb0


task = asyncio.run(main())
err = task.exception()  # ?rc err
tb = err.__traceback__  # ?rc tb
err2 = task.exception()  # ?rc err tb
try:
    task.result()
except KeyError as e:
    tb2 = e.__traceback__  # ?rc tb tb2
print(tb2.tb_next is tb)
del tb2
try:
    task.result()
except KeyError as e:
    tb3 = e.__traceback__  # ?rc tb tb3
print(tb3.tb_next)
kept = asyncio.run(waiter())  # ?rc kept
