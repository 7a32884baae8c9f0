# Theme: a LIFO work stack (asyncio.LifoQueue) drained by two workers; each
# item is a Task-like Chunk object, and workers record what they handled.
import asyncio


class Chunk:
    def __init__(self, offset):
        self.offset = offset
        self.owner = None


async def drain(name, stack, handled):
    mine = []
    while not stack.empty():
        chunk = stack.get_nowait()
        chunk.owner = name
        mine.append(chunk)  # ?rc chunk
        await asyncio.sleep(0)
    handled[name] = mine  # ?rc mine
    return mine


async def main():
    stack = asyncio.LifoQueue()  # ?rc stack
    chunks = [Chunk(i * 4096) for i in range(4)]
    c0 = chunks[0]  # ?rc c0
    for c in chunks:
        await stack.put(c)
    handled = {}
    r1, r2 = await asyncio.gather(drain("w-one", stack, handled), drain("w-two", stack, handled))  # ?rc r1 r2 c0
    got = handled["w-one"]  # ?rc got r1
    del chunks, c  # ?rc c0
    return handled


handled = asyncio.run(main())  # ?rc handled
one = handled["w-one"]  # ?rc one
top = one[0]  # ?rc top
handled.clear()  # ?rc one top
