# Theme: after asyncio.run the loop leaves no garbage: a finished asyncio.sleep coroutine (its frame
# cleared) is freed by its count, so the first gc.collect() finds only the program's own cycles.
import asyncio
import gc


class Node:
    def __init__(self):
        self.me = self


async def tick(box):
    await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    return box


async def main():
    box = [2.5]
    got = await asyncio.create_task(tick(box))  # ?rc box got
    return got


res = asyncio.run(main())  # ?rc res
n = gc.collect()
node = Node()
del node
m = gc.collect()
