# Theme: asyncio.TaskGroup joining its tasks at the end of `async with`: each task held by the
# group's set and its ready handle, the group by the block's __aexit__ and each pending task's
# done callback; after the block only the names hold them.
import asyncio


class Res:
    pass


async def work(r, n):
    for _ in range(n):
        await asyncio.sleep(0)
    return r


async def main():
    a = Res()
    b = Res()
    async with asyncio.TaskGroup() as tg:
        g = tg  # ?rc g
        t1 = tg.create_task(work(a, 1))  # ?rc t1 tg a
        t2 = tg.create_task(work(b, 3))  # ?rc t2 tg
        await asyncio.sleep(0)
        x = t1  # ?rc t1 t2 tg
        await asyncio.sleep(0)
        y = t1  # ?rc t1 t2 tg
    z = t1  # ?rc t1 t2 tg a b
    got = t1.result()  # ?rc got a
    del tg, g  # ?rc t1 t2
    async with asyncio.TaskGroup() as tg:
        t3 = tg.create_task(work(b, 0))  # ?rc t3 b
    w = t3  # ?rc t3 b tg
    return t1, t2


pair = asyncio.run(main())  # ?rc pair
t1, t2 = pair  # ?rc t1 t2
