# Theme: a task scheduler on heapq with dataclass(order=True) entries, a
# dict index for cancellation (lazy deletion), and callbacks with partial.
import gc
import heapq
import sys
from dataclasses import dataclass, field
from functools import partial


@dataclass(order=True)
class Entry:
    priority: float
    seq: int
    task: object = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.index = {}
        self.counter = 0
        self.done = []

    def add(self, name, priority, task):
        self.counter += 1
        entry = Entry(priority, self.counter, task)  # ?rc entry
        self.index[name] = entry
        heapq.heappush(self.heap, entry)
        return entry

    def cancel(self, name):
        entry = self.index.pop(name)
        entry.cancelled = True  # ?rc entry

    def run(self):
        while self.heap:
            entry = heapq.heappop(self.heap)
            if entry.cancelled:
                continue
            self.done.append(entry.task())  # ?rc entry


def report(label, values):
    return [label] + values


data = [2.5, 3.5]
sched = Scheduler()  # ?rc sched
e1 = sched.add("low", 5.0, partial(report, "low job", data))  # ?rc e1 data
e2 = sched.add("high", 1.0, partial(report, "high job", data))  # ?rc e2
e3 = sched.add("mid", 3.0, partial(len, data))  # ?rc e3 data
sched.cancel("mid")  # ?rc e3
first = sched.heap[0]  # ?rc first e2
del first
sched.run()  # ?rc e1 e2 e3 data
results = sched.done  # ?rc results
print(results, sys.getrefcount(data))
del e1, e2, e3
del sched  # ?rc results data
print(gc.collect())
