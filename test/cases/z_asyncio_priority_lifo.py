# Theme: asyncio.PriorityQueue keeps (prio, seq, job) tuples in a heap list and LifoQueue a plain
# list: the list holds each item (a tuple holds its job) until get() hands it over, in heap / stack order.
import asyncio


class Job:
    def __init__(self, name):
        self.name = name


async def consumer(pq, out):
    while True:
        prio, seq, job = await pq.get()
        if job is None:
            break
        out.append(job)


async def main():
    pq = asyncio.PriorityQueue()
    low, high, mid = Job("low"), Job("high"), Job("mid")
    pq.put_nowait((30, 0, low))  # ?rc low
    pq.put_nowait((10, 1, high))
    pq.put_nowait((20, 2, mid))  # ?rc low high mid
    pq.put_nowait((99, 3, None))
    out = []
    await consumer(pq, out)  # ?rc low high out
    first = out[0]  # ?rc first
    st = asyncio.LifoQueue()
    a, b = [1], [2]
    await st.put(a)
    st.put_nowait(b)  # ?rc a b
    top = st.get_nowait()  # ?rc top a
    rest = await st.get()  # ?rc rest b st
    return first


res = asyncio.run(main())  # ?rc res
