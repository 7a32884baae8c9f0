# Theme: an application written the usual way, inside main() guarded by
# __name__ == "__main__": a heapq-based task scheduler with dataclasses,
# defaultdict statistics and a Counter.
import gc
import heapq
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    when: float
    name: str = field(compare=False)
    payload: list = field(compare=False, default_factory=list)


def main():
    heap = []
    shared = [0.5]  # ?rc shared
    for i in range(4):
        t = Task(10.5 - i, "task number %d" % i, shared)  # ?rc t shared
        heapq.heappush(heap, t)  # ?rc t
    first = heapq.heappop(heap)  # ?rc first shared
    stats = defaultdict(list)
    for task in heap:
        stats[task.when > 8.0].append(task)  # ?rc task
    late = stats[True]  # ?rc late stats
    counts = Counter(task.name[:4] for task in heap)  # ?rc counts
    print(sys.getrefcount(first))
    print(sys.getrefcount(shared))
    del heap, stats, late, task, t
    print(sys.getrefcount(shared))
    first.payload = first  # ?rc first
    del first
    return gc.collect()


if __name__ == "__main__":
    n = main()  # ?rc n
