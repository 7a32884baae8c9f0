# Theme: a fixed-capacity circular queue on a preallocated list with head
# and tail indices, as in a data-structures lab; overflow raises, and a
# dequeued slot is reset to None so the object can be freed.


class QueueFull(Exception):
    pass


class RingQueue:
    def __init__(self, capacity):
        self.slots = [None] * capacity
        self.head = 0
        self.count = 0

    def enqueue(self, item):
        if self.count == len(self.slots):
            raise QueueFull(item)
        tail = (self.head + self.count) % len(self.slots)
        self.slots[tail] = item
        self.count += 1

    def dequeue(self):
        item = self.slots[self.head]
        self.slots[self.head] = None  # ?rc item
        self.head = (self.head + 1) % len(self.slots)
        self.count -= 1
        return item


rq = RingQueue(3)  # ?rc rq
jobs = [{"job": n * 1.5} for n in range(5)]  # ?rc jobs
j0 = jobs[0]  # ?rc j0
for j in jobs[:3]:
    rq.enqueue(j)
rejected = None
try:
    rq.enqueue(jobs[3])
except QueueFull as exc:
    rejected = exc.args[0]  # ?rc rejected
out = rq.dequeue()  # ?rc out j0
del out  # ?rc j0
rq.enqueue(jobs[4])  # ?rc rejected
slots = rq.slots  # ?rc slots rq
j4 = jobs[4]  # ?rc j4
del jobs  # ?rc j0 j4 rejected
