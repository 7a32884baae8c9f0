# Theme: a job scheduler: heapq with (priority, seq, job) tuples,
# heapq.merge of two sorted queues, nlargest, heappushpop, dataclasses.
import gc
import heapq
import sys
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    deps: list = field(default_factory=list, compare=False)


seq = count()
queue = []  # ?rc queue
for i, name in enumerate(["build the docs", "run tests now", "deploy to prod", "lint all files"]):
    job = Job((i * 7) % 5, name)  # ?rc job
    heapq.heappush(queue, (job.priority, next(seq), job))
entry = queue[0]  # ?rc entry
urgent = entry[2]  # ?rc urgent
popped = heapq.heappop(queue)  # ?rc popped entry urgent
extra = Job(1, "hotfix please")  # ?rc extra
swapped = heapq.heappushpop(queue, (extra.priority, next(seq), extra))  # ?rc swapped extra
jobs = [t[2] for t in queue]  # ?rc jobs
biggest = heapq.nlargest(2, jobs)  # ?rc biggest
smallest = heapq.nsmallest(1, jobs, key=lambda j: j.name)  # ?rc smallest
left = sorted([3.5, 1.25, 9.75])  # ?rc left
right = sorted([2.5, 8.125])  # ?rc right
merged = list(heapq.merge(left, right))  # ?rc merged left
lo = merged[0]  # ?rc lo
big = heapq.nlargest(3, merged)  # ?rc big lo
urgent.deps.append(urgent)  # ?rc urgent
deps = urgent.deps  # ?rc deps urgent


def drain(q):
    names = []
    while q:
        item = heapq.heappop(q)  # ?rc item
        names.append(item[2].name)
    return names


order = drain(queue)  # ?rc order queue
print(sys.getrefcount(extra), order)
del jobs, biggest, smallest, swapped  # ?rc extra
del popped, entry, deps  # ?rc urgent
del urgent
print(gc.collect())
