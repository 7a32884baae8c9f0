# Theme: fan-out with gather(return_exceptions=True): failed fetches come
# back as exception objects next to the successful Response objects.
import asyncio


class FetchError(Exception):
    pass


class Response:
    def __init__(self, url, status):
        self.url = url
        self.status = status


async def fetch(url, fail):
    await asyncio.sleep(0)
    if fail:
        raise FetchError(url)
    resp = Response(url, 200)
    return resp


async def main():
    urls = ["http://x/1", "http://x/2", "http://x/3"]
    outcomes = await asyncio.gather(*(fetch(u, i == 1) for i, u in enumerate(urls)), return_exceptions=True)  # ?rc outcomes
    good = outcomes[0]  # ?rc good
    bad = outcomes[1]  # ?rc bad
    ok = [o for o in outcomes if isinstance(o, Response)]  # ?rc ok good
    errors = [o for o in outcomes if isinstance(o, Exception)]  # ?rc errors bad
    del outcomes  # ?rc good bad
    return ok, errors


ok, errors = asyncio.run(main())  # ?rc ok errors
good = ok[0]  # ?rc good
bad = errors[0]  # ?rc bad
tb = bad.__traceback__
errors.clear()  # ?rc bad
