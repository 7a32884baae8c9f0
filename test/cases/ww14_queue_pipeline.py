# Theme: queue.Queue as a hand-off between a producer thread and the main
# thread; the queue's internal deque holds items until get() takes them.
import gc
import queue
import threading

q = queue.Queue()  # ?rc q
payload = {"id": 10 ** 6}  # ?rc payload
q.put(payload)  # ?rc payload
q.put([payload, payload])  # ?rc payload
size = q.qsize()
got = q.get()  # ?rc got payload
pair = q.get_nowait()  # ?rc pair payload
q.task_done()
q.task_done()
del pair  # ?rc payload


def producer(out, items):
    for item in items:
        out.put(item)
    out.put(None)


records = [[1.5], [2.5], [3.5]]  # ?rc records
r0 = records[0]  # ?rc r0
t = threading.Thread(target=producer, args=(q, records))
t.start()
t.join()  # ?rc r0 q
drained = []
while True:
    item = q.get()
    if item is None:
        break
    drained.append(item)  # ?rc drained
del item  # ?rc r0
lifo = queue.LifoQueue()
lifo.put(r0)  # ?rc r0
lifo.put(records)  # ?rc records
top = lifo.get()  # ?rc top
pq = queue.PriorityQueue()
pq.put((2.5, "second entry"))
pq.put((1.5, "first entry"))
best = pq.get()  # ?rc best
del t
print(gc.collect())
