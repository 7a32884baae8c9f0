# Theme: async generators and async for: the async generator's frame keeps
# its arguments and current item alive until it is exhausted.
import asyncio


class Chunk:
    def __init__(self, data):
        self.data = data


async def chunks(source):
    for part in source:
        await asyncio.sleep(0)
        yield Chunk(part)
    finished = source  # ?rc source


async def main():
    source = ["first part!", "second part!", "third part!"]  # ?rc source
    collected = []
    async for c in chunks(source):
        collected.append(c)  # ?rc c source
    last = collected[-1]  # ?rc last collected
    agen = chunks(source)  # ?rc agen source
    one = await agen.__anext__()  # ?rc one source
    await agen.aclose()  # ?rc one source
    return collected


out = asyncio.run(main())  # ?rc out
c0 = out[0]  # ?rc c0
