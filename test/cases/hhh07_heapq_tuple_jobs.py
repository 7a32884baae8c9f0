# A job scheduler with heapq over (priority, seq, job) tuples: push, pop,
# heappushpop, nsmallest, and a tie-breaking sequence number.
import heapq
import itertools


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost


counter = itertools.count()
heap = []  # ?rc heap
jobs = [Job("backup db", 5), Job("send mail", 1), Job("rebuild index", 3), Job("rotate logs", 1)]  # ?rc jobs
backup, mail = jobs[0], jobs[1]  # ?rc backup mail
for job in jobs:
    entry = (job.cost, next(counter), job)  # ?rc entry job
    heapq.heappush(heap, entry)  # ?rc entry
del entry, job  # ?rc backup


def run_next(h):
    prio, seq, job = heapq.heappop(h)  # ?rc job
    return job


first = run_next(heap)  # ?rc first mail
cheap = heapq.nsmallest(2, heap)  # ?rc cheap
top = cheap[0]  # ?rc top
urgent = Job("page oncall", 0)  # ?rc urgent
popped = heapq.heappushpop(heap, (0, next(counter), urgent))  # ?rc popped urgent
biggest = heapq.nlargest(1, heap, key=lambda t: t[0])  # ?rc biggest
names = [t[2].name for t in sorted(heap)]  # ?rc names
del cheap, top  # ?rc backup
heap.clear()  # ?rc backup urgent
del jobs  # ?rc backup mail
print(first.name, names, biggest[0][2].name)
