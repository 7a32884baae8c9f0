# Coroutines: an async def's body runs when awaited or driven (send, or asyncio.run); close() of one never started
import asyncio
class O:
    pass
async def inner(x):
    return [x]
async def outer(o):
    got = await inner(o)  # ?rc o got
    return got
o = O()
c = outer(o)  # ?rc o
try:
    c.send(None)
except StopIteration as stop:
    res = stop.value  # ?rc o res
del c
after = o  # ?rc o
async def main():
    a = O()
    r = await outer(a)  # ?rc a r
    await asyncio.sleep(0)
    return r
out = asyncio.run(main())  # ?rc out
d = outer(o)
d.close()
end = o  # ?rc o
def g(x):
    yield x
o2 = O()
gg = g(o2)
gg.close()
end2 = o2  # ?rc o2
