# queue.Queue / LifoQueue / PriorityQueue keep their maxsize argument (self.maxsize), asyncio.Queue
# keeps it as _maxsize, asyncio.Semaphore keeps its value as _value until the value first changes,
# BoundedSemaphore keeps it twice (_value and _bound_value, the latter for good).
import asyncio
import queue

m1 = 10**30 + 1  # ?rc m1
q = queue.Queue(m1)  # ?rc m1
m2 = 10**30 + 2
lq = queue.LifoQueue(maxsize=m2)  # ?rc m2
m3 = 10**30 + 3
pq = queue.PriorityQueue(maxsize=m3)  # ?rc m3
x = pq.maxsize  # ?rc m3 x
del q, pq, x  # ?rc m1 m3
sq = queue.SimpleQueue()
q0 = queue.Queue()
z = q0.maxsize  # ?rc z


async def main():
    m4 = 10**30 + 4
    aq = asyncio.Queue(m4)  # ?rc m4
    ms = aq.maxsize  # ?rc m4 ms
    del aq  # ?rc m4
    m5 = int("5005")
    s = asyncio.Semaphore(m5)  # ?rc m5
    await s.acquire()  # ?rc m5
    m6 = int("5006")
    bs = asyncio.BoundedSemaphore(value=m6)  # ?rc m6
    await bs.acquire()  # ?rc m6
    bs.release()  # ?rc m6
    del bs  # ?rc m6
    m7 = int("5007")
    s2 = asyncio.Semaphore(m7)
    s2.release()  # ?rc m7

asyncio.run(main())
