# A cooperative job scheduler: each job runs as a generator; the scheduler
# drives them round-robin from a deque until every one is exhausted.
from collections import deque
import gc


class Job:
    def __init__(self, name, steps):
        self.name = name
        self.steps = steps
        self.log = []


def worker(job):
    for step in range(job.steps):
        job.log.append(step)
        yield step
    done = job  # ?rc job


def pipeline(jobs):
    for job in jobs:
        result = yield from worker(job)  # ?rc job
    yield -1


class Scheduler:
    def __init__(self):
        self.queue = deque()
        self.finished = []

    def spawn(self, gen):
        self.queue.append(gen)  # ?rc gen

    def run(self):
        ticks = 0
        while self.queue:
            gen = self.queue.popleft()
            try:
                next(gen)
            except StopIteration:
                self.finished.append(gen)  # ?rc gen
                continue
            self.queue.append(gen)
            ticks += 1
        return ticks


a = Job("alpha job", 2)  # ?rc a
b = Job("beta job", 3)  # ?rc b
sched = Scheduler()  # ?rc sched
ga = worker(a)  # ?rc a ga
sched.spawn(ga)  # ?rc ga
sched.spawn(worker(b))  # ?rc b
group = [Job("gamma job", 1), Job("delta job", 1)]  # ?rc group
gp = pipeline(group)  # ?rc group gp
sched.spawn(gp)  # ?rc gp
ticks = sched.run()  # ?rc a b ga gp group
finished = sched.finished  # ?rc finished ga
first_log = a.log  # ?rc first_log
del ga  # ?rc a
finished.clear()  # ?rc a b group
print(gc.collect())
