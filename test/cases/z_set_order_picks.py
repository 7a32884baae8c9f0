# Theme: a scheduler picks jobs out of a set: next(iter()), min() with ties, list(), a dict built from the set
import gc


class Job:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
        self.done = False

    def run(self):
        self.done = True


a = Job("backup", 1)
b = Job("cleanup", 1)
c = Job("report", 2)
queue = {a, b, c}
anyone = next(iter(queue))
peeked = True  # ?rc a b c
del anyone
urgent = min(queue, key=lambda j: j.prio)
chosen = True  # ?rc a b c
urgent = None
by_name = {j.name: j for j in queue}
for name, job in by_name.items():
    job.run()
ran = len(by_name)  # ?rc a b c
del name, job
settled = True  # ?rc a b c
ordered = sorted(queue, key=lambda j: j.name)
head = ordered[0]  # ?rc a b c head
del head, ordered
batch = list(queue)
for job in batch:
    if job.prio > 1:
        queue.discard(job)
left = len(queue)  # ?rc a b c
job = None
del batch, by_name
collected = gc.collect()
end = True  # ?rc a b c
