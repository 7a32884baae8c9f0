# Theme: fan-out/fan-in: one coroutine per request with asyncio.gather, the
# results zipped back into a dict keyed by request name.
import asyncio


class Request:
    def __init__(self, name, size):
        self.name = name
        self.size = size


class Result:
    def __init__(self, req, body):
        self.req = req
        self.body = body


async def fetch(req, delay):
    await asyncio.sleep(delay)
    body = [req.size * 1.5]
    res = Result(req, body)  # ?rc res req body
    return res


async def main():
    reqs = [Request("alpha", 3), Request("beta", 5), Request("gamma", 7)]
    r0 = reqs[0]  # ?rc r0
    results = await asyncio.gather(*(fetch(r, 0.01 * (3 - i)) for i, r in enumerate(reqs)))  # ?rc r0 results
    by_name = {}
    for req, res in zip(reqs, results):
        by_name[req.name] = res
    a = by_name["alpha"]  # ?rc a r0
    del results  # ?rc a
    body = a.body  # ?rc body
    return by_name, reqs


by_name, reqs = asyncio.run(main())  # ?rc by_name reqs
a = by_name["alpha"]  # ?rc a
r0 = reqs[0]  # ?rc r0
reqs.clear()  # ?rc r0
del by_name  # ?rc a r0
