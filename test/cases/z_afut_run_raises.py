# An exception leaving asyncio.run(): run_until_complete raised it from future.result(), so the
# traceback keeps its frame (and Runner.run's, asyncio.run's) with the main Task, which keeps the
# exception: a cycle only the collector frees. The main coroutine is held there twice more.
import asyncio
import gc


async def main():
    raise RuntimeError("job failed!")


try:
    asyncio.run(main())
except RuntimeError as e:
    err = e  # ?rc err
tb = err.__traceback__  # ?rc err tb
del tb
gc.collect()
del err
gc.collect()

co = main()  # ?rc co
try:
    asyncio.run(co)
except RuntimeError as e:
    err = e  # ?rc err co
print(err.__traceback__.tb_next is not None)  # ?rc err co
del err
gc.collect()
n = 1  # ?rc co
