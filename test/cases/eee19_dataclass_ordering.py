# Ordered dataclasses for a task queue: order=True compares by the fields
# in declaration order, field(compare=False) keeps payloads out of the
# comparison, and __post_init__ normalises the input.
import gc
import heapq
import sys
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: float
    name: str
    payload: dict = field(default_factory=dict, compare=False, repr=False)
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.name = self.name.strip()
        cleaned = sorted(set(self.tags))  # ?rc cleaned
        self.tags = cleaned


shared = {"retries": 3, "backoff": 1.5}  # ?rc shared
low = Task(9.5, " cleanup logs ", shared)  # ?rc low shared
high = Task(0.5, " send mail ", shared, ["io", "mail", "io"])  # ?rc high shared
mid = Task(4.5, "rebuild index", shared)  # ?rc mid shared
queue = []
for task in (low, high, mid):
    heapq.heappush(queue, task)  # ?rc task
del task
nxt = heapq.heappop(queue)  # ?rc nxt high
ordered = sorted([low, mid, nxt])  # ?rc ordered low
smallest = min(ordered)  # ?rc smallest high
tags = high.tags  # ?rc tags
equal = Task(4.5, "rebuild index") == mid
print(sys.getrefcount(shared))
batch = [Task(float(n), "job %d" % n, shared) for n in range(4)]  # ?rc batch shared
del batch  # ?rc shared
del queue, ordered, smallest  # ?rc low mid
del nxt  # ?rc high
del low, mid, high  # ?rc shared tags
print(gc.collect())
