# Theme: a priority scheduler on heapq with (priority, seq, job) tuples,
# bisect-kept deadlines, and jobs that point back to the scheduler (a cycle).
import bisect
import gc
import heapq
import sys


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.owner = None


class Scheduler:
    def __init__(self):
        self.heap = []
        self.seq = 0
        self.deadlines = []
        self.done = []

    def submit(self, prio, job):
        self.seq += 1
        entry = (prio, self.seq, job)  # ?rc entry job
        heapq.heappush(self.heap, entry)  # ?rc entry job
        bisect.insort(self.deadlines, job.cost * 2.5)
        job.owner = self
        return entry

    def run_one(self):
        prio, seq, job = heapq.heappop(self.heap)  # ?rc job
        self.done.append(job)
        return job


sched = Scheduler()  # ?rc sched
a = Job("alpha job", 1.5)  # ?rc a
b = Job("beta job", 0.5)
c = Job("gamma job", 3.0)
ea = sched.submit(3, a)  # ?rc ea a sched
eb = sched.submit(1, b)  # ?rc eb b
ec = sched.submit(2, c)  # ?rc ec
first = sched.run_one()  # ?rc first b eb
top = sched.heap[0]  # ?rc top ec
pos = bisect.bisect_left(sched.deadlines, 4.0)
late = sched.deadlines[pos:]  # ?rc late
print(sys.getrefcount(a), sys.getrefcount(ea))
smallest = heapq.nsmallest(2, sched.heap)  # ?rc smallest ec ea
del smallest, top  # ?rc ec
while sched.heap:
    sched.run_one()
print(sys.getrefcount(c))
del ea, eb, ec, first  # ?rc a b c
gc.collect()
del a, b, c, late
print(gc.collect())  # still referenced by sched
del sched
print(gc.collect())  # scheduler, its heap/done/deadlines lists, three jobs
