# Theme: objects of C types without a __dict__ (array, struct.Struct,
# memoryview, ContextVar / Token / Context, asyncio's Handle with __slots__):
# a store raises AttributeError (on 3.13 the error names the object).
import array
import asyncio
import contextvars
import struct

box = []


def attempt(o):
    try:
        o.extra = box
        return True
    except AttributeError:
        return False


a = array.array('i', [1, 2])
s = struct.Struct('i')
m = memoryview(b'ab')
cv = contextvars.ContextVar('v')
tok = cv.set(box)  # ?rc box
ctx = contextvars.copy_context()
r1 = attempt(a)  # ?rc a box
r2 = attempt(s)  # ?rc s box
r3 = attempt(m)  # ?rc m box
r4 = attempt(cv)  # ?rc cv box
r5 = attempt(tok)  # ?rc tok
r6 = attempt(ctx)  # ?rc ctx box
try:
    m.extra = box
except AttributeError as e:
    err = e  # ?rc m err box
del err  # ?rc m


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print)
    h.cancel()
    return attempt(h)


r7 = asyncio.run(main())  # ?rc box
