# Theme: an @asynccontextmanager swallowing inside asyncio.run: on 3.12+ the
# cycle also keeps the loop's frames (not built: the collection stays open).
import asyncio
import gc
import sys
from contextlib import asynccontextmanager


@asynccontextmanager
async def quiet(payload):
    try:
        yield payload
    except KeyError:
        pass


async def main(box):
    async with quiet(box) as b:
        raise KeyError("k")
    print(sys.getrefcount(box))
    return b


gc.collect()
box = ["box"]
got = asyncio.run(main(box))  # ?rc got
print(sys.getrefcount(box))
del got
print(gc.collect())
print(sys.getrefcount(box))
