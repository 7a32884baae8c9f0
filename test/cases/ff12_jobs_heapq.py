# Theme: a job scheduler on heapq: (priority, sequence, job) entries,
# heappush/heappop/heapreplace, nsmallest/nlargest with a key, merge of
# sorted streams and heapify of a list built in place.
import gc
import heapq
import itertools


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost


counter = itertools.count()
queue = []  # ?rc queue
jobs = [Job("compile sources", 4.5), Job("run tests", 9.0), Job("lint", 1.25), Job("package", 2.0)]
for job in jobs:
    entry = (job.cost, next(counter), job)  # ?rc entry job
    heapq.heappush(queue, entry)  # ?rc entry
del entry
cheapest = queue[0]  # ?rc cheapest
prio, seq, first_job = heapq.heappop(queue)  # ?rc first_job prio
urgent = Job("hotfix deploy", 0.5)  # ?rc urgent
old = heapq.heapreplace(queue, (urgent.cost, next(counter), urgent))  # ?rc old urgent
top3 = heapq.nsmallest(3, jobs, key=lambda j: j.cost)  # ?rc top3
biggest = heapq.nlargest(1, jobs, key=lambda j: j.cost)[0]  # ?rc biggest
merged = list(heapq.merge([1.5, 4.5, 9.5], [2.5, 3.5], [0.25]))  # ?rc merged
head = merged[0]  # ?rc head
order = [heapq.heappop(queue)[2].name for _ in range(len(queue))]  # ?rc order queue
heapq.heapify(by_cost := [(j.cost, j.name) for j in jobs])  # ?rc by_cost
low = by_cost[0]  # ?rc low
del jobs, job  # ?rc first_job urgent
print(order, prio, seq, old[2].name, gc.collect())
