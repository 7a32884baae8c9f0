# Theme: the builtins aiter() and anext() on async generators and async
# iterator classes, driven by hand with coro.send(None): anext(it, default)
# keeps the awaitable it made and the default until it goes.
import sys


class Box:
    pass


async def agen(src):
    for x in src:
        yield x


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main(src, dflt):
    g = agen(src)
    it = aiter(g)  # ?rc g it
    aw = anext(g)  # ?rc g
    first = await aw  # ?rc first g
    del aw
    same = g  # ?rc g
    aw2 = anext(g, dflt)  # ?rc g dflt
    second = await aw2  # ?rc second dflt g
    del aw2
    kept = dflt  # ?rc dflt g
    third = await anext(g, dflt)  # ?rc third dflt
    try:
        await anext(g)
    except StopAsyncIteration:
        ended = g  # ?rc ended
    c = Countdown(2)
    ci = aiter(c)  # ?rc c ci
    v = await anext(c)
    v2 = await anext(c, dflt)
    v3 = await anext(c, dflt)  # ?rc v3 dflt
    try:
        g.send(None)
    except AttributeError:
        no_send = g  # ?rc no_send
    return first


src = [Box(), Box()]
dflt = Box()
co = main(src, dflt)
try:
    co.send(None)
except StopIteration as stop:
    result = stop.value  # ?rc result
del co
last = dflt  # ?rc last dflt
