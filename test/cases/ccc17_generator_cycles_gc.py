# A task scheduler whose tasks are generators that refer back to their
# owner: suspended generators in reference cycles are finalized (closed) by
# the collector, running their finally blocks, which frees the cycle.
import gc


class Task:
    def __init__(self, name):
        self.name = name
        self.steps = []
        self.runner = self.run()

    def run(self):
        try:
            while True:
                step = yield self
                self.steps.append(step)  # ?rc step
        finally:
            finished.append(self.name)


finished = []
gc.collect()
t1 = Task("t1-loader")  # ?rc t1
next(t1.runner)  # ?rc t1
payload = [1.5, 2.5]  # ?rc payload
t1.runner.send(payload)  # ?rc payload t1
t1.runner.send(payload)  # ?rc payload
del t1
print(gc.collect(), finished)
payload_after = payload  # ?rc payload
t2 = Task("t2-idle")  # ?rc t2
del t2
print(gc.collect(), finished)


def spin(owner):
    while True:
        got = yield owner  # ?rc got


class Holder:
    pass


h = Holder()  # ?rc h
h.gen = spin(h)  # ?rc h
next(h.gen)  # ?rc h
h.gen.send(payload)  # ?rc payload h
del h
print(gc.collect())  # ?rc payload
scheduler = [Task("t3-a"), Task("t3-b")]  # ?rc scheduler
for task in scheduler:
    next(task.runner)  # ?rc task
del task, scheduler
n = gc.collect()
print(n, finished)
