# Theme: asyncio's loop followed step by step: tasks start in creation order at the first
# suspension, sleep(0) lets every ready task take one step, an awaited pending task holds its
# waiter's wakeup, a done task keeps its result, gather's list is in argument order and an
# Event's set() wakes its waiters.
import asyncio


class Item:
    def __init__(self, tag):
        self.tag = tag


async def step_twice(tag, log):
    log.append(tag)
    await asyncio.sleep(0)
    log.append(tag)
    return Item(tag)


async def wait_for(ev, box, log):
    await ev.wait()
    got = box[0]  # ?rc got
    log.append(got)


async def main():
    log = []
    a = asyncio.create_task(step_twice("a", log))  # ?rc a log
    b = asyncio.create_task(step_twice("b", log))
    n0 = len(log) * 1000  # ?rc log
    await asyncio.sleep(0)
    n1 = len(log) * 1000  # ?rc a b
    ra = await a  # ?rc ra a b
    rb = b.result()  # ?rc rb
    del a  # ?rc ra
    both = await asyncio.gather(step_twice("c", log), step_twice("d", log))  # ?rc both
    first = both[0]  # ?rc first
    ev = asyncio.Event()  # ?rc ev
    box = [Item("boxed")]
    waiters = [asyncio.create_task(wait_for(ev, box, log)) for _ in range(2)]  # ?rc ev box
    await asyncio.sleep(0)  # ?rc ev box
    ev.set()
    await asyncio.gather(*waiters)  # ?rc ev log
    del waiters  # ?rc ev box
    return log, rb, n0, n1


log, rb, n0, n1 = asyncio.run(main())  # ?rc log rb n0 n1
