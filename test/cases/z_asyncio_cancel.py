# Theme: task.cancel() under asyncio's loop: CancelledError thrown in at the next step (a task
# not started yet, one after sleep(0), one awaiting another task), kept by the cancelled task
# until await / result() hands it over, a coroutine that swallows it, a cancelled task never awaited.
import asyncio
import gc


class Res:
    pass


async def unstarted(r):
    await asyncio.sleep(0)


async def swallow(r):
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        seen = e  # ?rc seen r
        return r


async def child(r):
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        held = r  # ?rc held
        raise


async def parent(r):
    t = asyncio.create_task(child(r))
    try:
        await t
    except asyncio.CancelledError as e:
        err = e  # ?rc err t r
        raise


async def main(keep):
    a = Res()
    t = asyncio.create_task(unstarted(a))
    ok = t.cancel()  # ?rc a t
    await asyncio.sleep(0)
    gone = t.cancelled()  # ?rc a t
    try:
        t.result()
    except asyncio.CancelledError as e:
        first = e  # ?rc a first
    del first  # ?rc a
    again = t.cancel()
    del t  # ?rc a

    b = Res()
    t = asyncio.create_task(swallow(b))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    out = t.result()  # ?rc b out
    del t, out  # ?rc b

    c = Res()
    t = asyncio.create_task(parent(c))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()  # ?rc c
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    flag = t.cancelled()  # ?rc c t
    del t  # ?rc c

    d = Res()
    t = asyncio.create_task(child(d))
    keep.append(t)
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    done = Res()  # ?rc d done
    return done, d


keep = []
pair = asyncio.run(main(keep))  # ?rc pair
done, d = pair  # ?rc done d
keep.clear()  # ?rc done d
n = gc.collect()  # ?rc n
