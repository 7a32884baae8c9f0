# Theme: an exception an @asynccontextmanager generator converts (raise X from
# e): __aexit__'s frame on its traceback keeps the with block's exception.
import gc
import sys
from contextlib import asynccontextmanager


@asynccontextmanager
async def conv(payload):
    try:
        yield payload
    except KeyError as e:
        raise ValueError("v") from e


async def main(box):
    try:
        async with conv(box) as b:
            raise KeyError("k")
    except ValueError as v:
        return v


gc.collect()
box = ["box"]
co = main(box)
try:
    co.send(None)
except StopIteration as stop:
    got = stop.value  # ?rc got
del co
print(sys.getrefcount(box))
cause = got.__cause__  # ?rc cause got
tb = got.__traceback__  # ?rc tb
del tb
print(gc.collect())
print(sys.getrefcount(box))
del got, cause
print(gc.collect())
print(sys.getrefcount(box))
