# Theme: monitoring collections with gc.callbacks: each collection calls
# the hooks before and after, and the "stop" info says how much it found.
import gc

history = []


def monitor(phase, info):
    if phase == "stop":
        history.append((info["generation"], info["collected"]))


class Job:
    def __init__(self, jid):
        self.jid = jid
        self.deps = []


gc.collect()
gc.callbacks.append(monitor)
a = Job(1)
b = Job(2)
a.deps.append(b)
b.deps.append(a)  # ?rc a b
del a, b
n = gc.collect()
print("collected", n, history[-1])
jobs = [Job(i) for i in range(4)]
for j in jobs:
    j.deps.append(jobs)  # ?rc j jobs
del j
del jobs  # four jobs, four deps lists, the jobs list
print(gc.collect(1), history[-1])
gc.callbacks.remove(monitor)
print(len(history))
