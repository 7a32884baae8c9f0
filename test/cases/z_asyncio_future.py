# Theme: plain asyncio Futures under the followed loop: a pending future parks its awaiter until
# another task sets its result (the future then holds it); set_exception makes the await raise.
import asyncio


class Reply:
    def __init__(self, text):
        self.text = text


async def answer(fut, reply):
    await asyncio.sleep(0)
    fut.set_result(reply)  # ?rc reply


async def fail(fut):
    fut.set_exception(KeyError("missing key!"))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()  # ?rc fut
    reply = Reply("hello there")  # ?rc reply
    t = asyncio.create_task(answer(fut, reply))
    got = await fut  # ?rc got reply fut
    again = fut.result()  # ?rc again
    bad = asyncio.Future()  # ?rc bad
    t2 = asyncio.create_task(fail(bad))
    try:
        await bad
    except KeyError as e:
        caught = e  # ?rc caught
    await t
    del t, fut  # ?rc reply
    return reply


final = asyncio.run(main())  # ?rc final
