# Theme: prioritised command objects. functools.total_ordering fills in the
# comparisons from __eq__ and __lt__; a heapq-based scheduler keeps the jobs
# in a list; bisect.insort keeps a second sorted list of the same jobs.
import bisect
import functools
import heapq


@functools.total_ordering
class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __eq__(self, other):
        return self.priority == other.priority

    def __lt__(self, other):
        return self.priority < other.priority

    def run(self, results):
        results.append(self.name)


class Scheduler:
    def __init__(self):
        self.heap = []

    def push(self, job):
        heapq.heappush(self.heap, job)

    def run_next(self, results):
        job = heapq.heappop(self.heap)
        job.run(results)
        return job


sched = Scheduler()
j1 = Job(3.5, "low priority job")  # ?rc j1
j2 = Job(1.5, "high priority job")  # ?rc j2
j3 = Job(2.5, "mid priority job")  # ?rc j3
for job in (j1, j2, j3):
    sched.push(job)  # ?rc job
del job  # ?rc j1 j2 j3
ordered = []
for job in (j1, j2, j3):
    bisect.insort(ordered, job)
del job
bigger = j1 >= j2  # ?rc j1 j2
results = []  # ?rc results
done = sched.run_next(results)  # ?rc done j2
name = results[0]  # ?rc name
top = sched.heap[0]  # ?rc top j3
del done  # ?rc j2
first = min(ordered)  # ?rc first j2
del sched, ordered  # ?rc j1 j2 j3
