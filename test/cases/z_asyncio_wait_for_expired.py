# Theme: asyncio.wait_for whose timeout expires (the coroutine cancelled at its sleep, TimeoutError)
# or whose coroutine raises: the model cannot follow the timeout and must stay sound.
import asyncio


class Res:
    pass


async def slow(r):
    try:
        await asyncio.sleep(0.2)
    finally:
        r.closed = True
    return r


async def bad(r):
    await asyncio.sleep(0)
    raise ValueError(r)


async def main():
    a = Res()
    try:
        await asyncio.wait_for(slow(a), 0.05)
    except TimeoutError:
        t = a  # ?rc a t
    b = Res()
    try:
        await asyncio.wait_for(bad(b), 1)
    except ValueError as e:
        f = b  # ?rc b f
    g = b  # ?rc a b
    c = Res()
    v = await asyncio.wait_for(slow(c), 0.3)  # ?rc c v
    return a, b


out = asyncio.run(main())  # ?rc out
