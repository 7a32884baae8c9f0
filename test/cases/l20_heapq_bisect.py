# Course exercise: a job scheduler with heapq (priority queue of tasks,
# nsmallest/nlargest, merge) and a grade table with bisect.
import heapq
import bisect
import gc


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    i = bisect.bisect(breakpoints, score)
    return grades[i]


queue = []  # ?rc queue
urgent = Task(1.5, "fix the build")  # ?rc urgent
for t in [Task(5.0, "write docs"), urgent, Task(3.25, "review PR")]:
    heapq.heappush(queue, t)  # ?rc t
head = queue[0]  # ?rc head urgent
done = heapq.heappop(queue)  # ?rc done urgent queue
pending = [(3.5, "deploy service"), (0.5, "page on-call"), (9.0, "refactor later")]  # ?rc pending
heapq.heapify(pending)  # ?rc pending
first_job = pending[0]  # ?rc first_job
cheapest = heapq.nsmallest(2, pending)  # ?rc cheapest first_job
largest = heapq.nlargest(1, pending, key=lambda p: p[0])  # ?rc largest
pushed = heapq.heappushpop(pending, (0.25, "hotfix now"))  # ?rc pushed
replaced = heapq.heapreplace(pending, (7.5, "plan sprint"))  # ?rc replaced first_job
merged = list(heapq.merge([1.5, 4.5], [2.5, 3.5]))  # ?rc merged
scores = [33.5, 99.5, 77.0, 70.0, 89.5]  # ?rc scores
letters = [grade(s) for s in scores]  # ?rc letters
table = []  # ?rc table
for s in scores:
    bisect.insort(table, s)  # ?rc s table
pos = bisect.bisect_left(table, 77.0)  # ?rc pos
found = table[pos]  # ?rc found
window = table[bisect.bisect_left(table, 50.0):bisect.bisect_right(table, 90.0)]  # ?rc window
keyed = sorted([(t.priority, t.name) for t in queue])  # ?rc keyed
idx = bisect.bisect(keyed, (4.0,))
del head, done  # ?rc urgent
urgent.blocks = urgent
del urgent
print(gc.collect())
del queue  # ?rc t
print(cheapest, largest, pushed, replaced, merged, letters, found, window, idx)  # ?rc table scores
