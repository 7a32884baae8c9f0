# queue.SimpleQueue in a garbage cycle: 3.11 / 3.12 keep its items in a list
# object, 3.13 in a ring buffer of its own (no list), which it visits itself.
import gc
import queue

jobs = queue.SimpleQueue()
jobs.put(1.5 * 2)
box = [jobs]
box.append(box)
del box, jobs
print(gc.collect())

work = [2.5]
jobs = queue.SimpleQueue()
jobs.put(work)
jobs.put({"job": work})  # ?rc work
box = [jobs]
box.append(box)
del box, jobs, work
print(gc.collect())

jobs = queue.SimpleQueue()
jobs.put([3.5])
got = jobs.get()  # ?rc got
print(jobs.qsize())
