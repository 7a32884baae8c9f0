# Theme: asyncio.Condition: wait() parks on a future in the condition's deque (its frame holds the
# condition), notify(n) / notify_all() wake the first waiters, which take the lock again in turn;
# wait_for(pred) keeps the predicate (and its closure) while it waits.
import asyncio


async def waiter(cond, box, out):
    async with cond:
        await cond.wait()
        out.append(box)  # ?rc box cond


async def until(cond, items, out):
    async with cond:
        got = await cond.wait_for(lambda: len(items) >= 2)
        out.append(items[0])  # ?rc items cond


async def main():
    cond = asyncio.Condition()  # ?rc cond
    items, out = [], []
    a, b = [1.5], [2.5]
    t1 = asyncio.create_task(waiter(cond, a, out))
    t2 = asyncio.create_task(waiter(cond, b, out))
    t3 = asyncio.create_task(until(cond, items, out))
    await asyncio.sleep(0)  # ?rc cond a b
    async with cond:
        cond.notify()
        items.append([3.5])
        cond.notify_all()  # ?rc cond
    await asyncio.sleep(0)  # ?rc cond a
    async with cond:
        items.append([4.5])
        cond.notify_all()
    await asyncio.gather(t1, t2, t3)  # ?rc cond a b out
    first = out[0]  # ?rc first
    return out


out = asyncio.run(main())  # ?rc out
