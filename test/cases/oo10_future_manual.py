# Theme: a bare asyncio Future completed by another task with set_result;
# the future keeps the result until it is dropped.
import asyncio


class Answer:
    def __init__(self, v):
        self.v = v


async def resolver(fut, value):
    await asyncio.sleep(0)
    fut.set_result(value)  # ?rc value
    done = fut.done()


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()  # ?rc fut
    ans = Answer(42)  # ?rc ans
    t = asyncio.create_task(resolver(fut, ans))  # ?rc ans
    got = await fut  # ?rc got ans
    await t  # ?rc ans
    del t  # ?rc ans
    again = fut.result()  # ?rc again ans
    del fut  # ?rc ans
    return ans


final = asyncio.run(main())  # ?rc final
