# Theme: an exception an @asynccontextmanager generator swallows: on 3.12+
# its finished frame links the __aexit__ coroutine frame keeping it, a cycle.
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
    return b


gc.collect()
box = ["box"]
co = main(box)
try:
    co.send(None)
except StopIteration as stop:
    got = stop.value  # ?rc got
del co, got
print(sys.getrefcount(box))
print(gc.collect())
print(sys.getrefcount(box))
