# Theme: the asyncio tutorial's timeouts: wait_for on a slow coroutine raises TimeoutError (the
# inner task is cancelled), and asyncio.timeout() as a context manager does the same in place.
import asyncio


class Payload:
    pass


async def slow(p, delay):
    await asyncio.sleep(delay)
    return p


async def main():
    p = Payload()
    try:
        await asyncio.wait_for(slow(p, 5.0), timeout=0.1)
    except TimeoutError:
        status = "timeout"
    n = 0  # ?rc p
    q = Payload()
    try:
        async with asyncio.timeout(0.1):
            await slow(q, 5.0)
    except TimeoutError:
        n += 1
    m = n  # ?rc q
    return p, q


p, q = asyncio.run(main())  # ?rc p q
