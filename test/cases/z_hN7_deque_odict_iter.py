# Theme: a job queue (deque) and an ordered registry (OrderedDict) changed
# while iterated: "deque mutated during iteration" (sticky: next() raises
# again) and "OrderedDict mutated during iteration" (the iterator then drops
# the dict and ends); reversed(dict) checks the size too.
import gc
from collections import OrderedDict, deque


class Job:
    def __init__(self, name):
        self.name = name


jobs = deque([Job("build"), Job("test"), Job("ship")])
head = jobs[0]  # ?rc head jobs
it = iter(jobs)
job = next(it)
jobs.append(Job("notify"))
failures = []
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        failures.append(e)
print(len(failures))  # ?rc jobs it head job
jobs[1] = Job("lint")
print(jobs[1].name)  # ?rc jobs
del it
print(len(jobs))  # ?rc jobs

routes = OrderedDict()
for path in ["/", "/login", "/admin"]:
    routes[path] = Job(path)
admin = routes["/admin"]  # ?rc admin routes
rit = iter(routes)
first = next(rit)
routes.move_to_end("/")
try:
    next(rit)
except RuntimeError as e2:
    print("routes:", e2)  # ?rc e2 routes rit
left = list(rit)
print(left)  # ?rc routes left

counts = {"a": 1, "b": 2, "c": 3}
rev = reversed(counts)
last = next(rev)
counts["d"] = 4
try:
    next(rev)
except RuntimeError as e3:
    print(e3)  # ?rc e3 counts rev
del rev
print(counts)  # ?rc counts
failures.clear()
gc.collect()
