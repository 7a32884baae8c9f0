# loop.run_until_complete(coro) of a loop the model does not follow: the exception its coroutine
# lets out was kept on the way (the Task, the traceback through run_until_complete): open counts.
import asyncio
import gc


async def main():
    raise RuntimeError("job failed!")


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
except RuntimeError as e:
    err = e  # ?rc err
tb = err.__traceback__  # ?rc err tb
del tb, err
gc.collect()
loop.close()
gc.collect()
