# Theme: a bounded buffer guarded by asyncio.Condition: producers wait for
# room, consumers wait for items; Message objects flow through a shared list.
import asyncio


class Message:
    def __init__(self, body):
        self.body = body


async def produce(cond, buf, bodies):
    for body in bodies:
        msg = Message(body)
        async with cond:
            await cond.wait_for(lambda: len(buf) < 1)
            buf.append(msg)  # ?rc msg
            cond.notify_all()


async def consume(cond, buf, out, n):
    for _ in range(n):
        async with cond:
            await cond.wait_for(lambda: len(buf) > 0)
            m = buf.pop(0)
            cond.notify_all()
        out.append(m)  # ?rc m


async def main():
    cond = asyncio.Condition()  # ?rc cond
    buf, out = [], []
    bodies = ["first body!", "second body!", "third body!"]
    await asyncio.gather(produce(cond, buf, bodies), consume(cond, buf, out, 3))  # ?rc cond buf out
    m0 = out[0]  # ?rc m0
    body = m0.body  # ?rc body
    return out


out = asyncio.run(main())  # ?rc out
m0 = out[0]  # ?rc m0
del out  # ?rc m0
