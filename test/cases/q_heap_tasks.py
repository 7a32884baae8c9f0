# Application: a priority task scheduler on heapq with (priority, counter,
# task) entries, lazy cancellation through an entry map, and task results.
import gc
import heapq
import itertools
import sys


class Task:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.done = False

    def run(self):
        self.done = True
        return self.cost * 1.5


class Scheduler:
    REMOVED = "<removed task>"

    def __init__(self):
        self.heap = []
        self.entries = {}
        self.counter = itertools.count()

    def push(self, task, priority):
        entry = [priority, next(self.counter), task]
        self.entries[task.name] = entry
        heapq.heappush(self.heap, entry)  # ?rc entry task
        return entry

    def cancel(self, name):
        entry = self.entries.pop(name)
        entry[-1] = self.REMOVED

    def pop(self):
        while self.heap:
            prio, count, task = heapq.heappop(self.heap)
            if task is not self.REMOVED:
                del self.entries[task.name]
                return task
        return None


sched = Scheduler()  # ?rc sched
backup = Task("backup disks", 30)  # ?rc backup
email = Task("send emails", 5)  # ?rc email
build = Task("build project", 12)  # ?rc build
e1 = sched.push(backup, 3)  # ?rc e1 backup
sched.push(email, 1)  # ?rc email
sched.push(build, 2)  # ?rc build
sched.cancel("build project")  # ?rc build e1
heap = sched.heap  # ?rc heap
first = sched.pop()  # ?rc first email
results = {}  # ?rc results
while True:
    t = sched.pop()
    if t is None:
        break
    results[t.name] = t.run()
out = results["backup disks"]  # ?rc out backup
top3 = heapq.nsmallest(2, [(9.5, "x y"), (1.5, "a b"), (4.5, "c d")])  # ?rc top3
small = top3[0]  # ?rc small
print(sys.getrefcount(e1), len(heap))
del e1  # ?rc backup
backup.owner = sched
sched.entries["loop"] = [0, 0, backup]  # ?rc backup
del sched, backup, heap  # ?rc build
print(gc.collect())
