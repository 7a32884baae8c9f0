# Theme: asyncio.as_completed over quotes requested from three "exchanges";
# the best Quote found so far is kept in a shared holder object.
import asyncio


class Quote:
    def __init__(self, venue, price):
        self.venue = venue
        self.price = price


class Best:
    def __init__(self):
        self.quote = None
        self.seen = []


async def ask(venue, price, delay):
    await asyncio.sleep(delay)
    q = Quote(venue, price)
    return q


async def main():
    best = Best()  # ?rc best
    coros = [ask("nyse", 101.5, 0.03), ask("lse", 99.25, 0.01), ask("tse", 100.75, 0.02)]
    for fut in asyncio.as_completed(coros):
        q = await fut
        best.seen.append(q)
        if best.quote is None or q.price < best.quote.price:
            best.quote = q
    del fut  # ?rc q
    winner = best.quote  # ?rc winner
    first_seen = best.seen[0]  # ?rc first_seen
    del coros  # ?rc winner
    return best


best = asyncio.run(main())  # ?rc best
w = best.quote  # ?rc w
best.seen.clear()  # ?rc w
