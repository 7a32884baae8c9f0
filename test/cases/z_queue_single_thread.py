# Theme: queue.Queue / LifoQueue / PriorityQueue / SimpleQueue used from one thread:
# items are held by the queue's internal container until get() hands them over.
import gc
import queue

q = queue.Queue()  # ?rc q
job = [1.5, "job"]  # ?rc job
q.put(job)  # ?rc job q
q.put_nowait([job, job])  # ?rc job
n = q.qsize()
inner = q.queue  # ?rc inner q
del inner
first = q.get()  # ?rc first job
both = q.get_nowait()  # ?rc both job
was_empty = q.empty()
q.task_done()
q.task_done()
q.join()  # ?rc q
del both  # ?rc job
lifo = queue.LifoQueue(maxsize=4)
a = [2.5]
b = [3.5]
lifo.put(a)
lifo.put(b)  # ?rc a b
top = lifo.get()  # ?rc top b
del top  # ?rc b
pq = queue.PriorityQueue()
low = (1, [4.5])
high = (2, [5.5])
pq.put(high)
pq.put(low)  # ?rc low high
best = pq.get()  # ?rc best low
sq = queue.SimpleQueue()
sq.put(a)  # ?rc a sq
got = sq.get()  # ?rc got a
loop = queue.Queue()
loop.put(loop)  # ?rc loop
del loop
print(gc.collect())
print(pq.qsize(), lifo.full(), n, was_empty)  # ?rc pq lifo
