# Theme: a retry worker that re-queues failed jobs onto the deque it is
# draining (`pending += [job]`, `del pending[0]`): "deque mutated during
# iteration"; the fix pops from the left in a while loop. A registry cleaned
# in a loop whose deletions depend on random outcomes may or may not raise.
import gc
import random
from collections import deque


class Job:
    def __init__(self, name, tries):
        self.name = name
        self.tries = tries
        self.log = []


pending = deque([Job("fetch", 1), Job("parse", 0), Job("store", 2)])
store = pending[2]  # ?rc store pending
try:
    for job in pending:
        job.log.append("run")
        if job.tries:
            job.tries -= 1
            pending += [job]
    outcome = "drained"
except RuntimeError as exc:
    outcome = str(exc)  # ?rc exc pending job
print(outcome, len(pending))  # ?rc pending store job

pending = deque([Job("fetch", 1), Job("parse", 0)])
try:
    for job in pending:
        del pending[0]
except RuntimeError as exc:
    print("second:", exc)  # ?rc exc pending job
done = []
while pending:
    job = pending.popleft()
    if job.tries:
        job.tries -= 1
        pending.append(job)
    else:
        done.append(job)
print(len(done))  # ?rc pending job done
del job
gc.collect()

registry = {"a": Job("a", 0), "b": Job("b", 0), "c": Job("c", 0)}
kept = registry["c"]  # ?rc kept registry
try:
    for name in registry:
        if random.random() < 0.3:
            del registry[name]
    state = "ok"
except RuntimeError:
    state = "changed"
print(state)  # ?rc registry kept
gc.collect()
