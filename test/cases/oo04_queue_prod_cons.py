# Theme: asyncio.Queue producer/consumer: put() stores the item in the
# queue's deque, get() hands it over; a sentinel stops the consumer.
import asyncio


class Packet:
    def __init__(self, seq):
        self.seq = seq


STOP = object()


async def producer(q, sent):
    for i in range(3):
        p = Packet(i)
        sent.append(p)
        await q.put(p)  # ?rc p
    await q.put(STOP)


async def consumer(q, got):
    while True:
        item = await q.get()
        if item is STOP:
            break
        got.append(item)  # ?rc item
        q.task_done()
    q.task_done()


async def main():
    q = asyncio.Queue()  # ?rc q
    sent, got = [], []
    await asyncio.gather(producer(q, sent), consumer(q, got))  # ?rc q sent got
    await q.join()
    first = sent[0]  # ?rc first
    return sent, got


sent, got = asyncio.run(main())  # ?rc sent got
p0 = got[0]  # ?rc p0
sent.clear()  # ?rc p0
del got  # ?rc p0
