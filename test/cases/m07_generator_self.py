# Generators that hold themselves: a generator whose frame refers back to
# the generator object; finalizers close them, and suspended generators
# keep their locals alive.
import gc


class Job:
    def __init__(self, n):
        self.n = n


def worker(job):
    local = job  # ?rc job
    while True:
        got = yield local.n
        if got is None:
            break


def self_ref(holder):
    me = holder[0]
    yield me
    yield len(holder)


gc.collect()
job = Job(1.75)  # ?rc job
g = worker(job)  # ?rc g job
next(g)  # ?rc job
g.send(2.5)  # ?rc job g
g.close()  # ?rc job g
del g  # ?rc job
print(gc.collect())
holder = []
gen = self_ref(holder)  # ?rc gen holder
holder.append(gen)  # ?rc gen holder
first = next(gen)  # ?rc gen first
del first  # ?rc gen
del gen, holder
print(gc.collect())  # generator closed by its finalizer


def pipeline(jobs):
    for j in jobs:
        yield j  # ?rc j


jobs = [Job(i * 0.25) for i in range(3)]  # ?rc jobs
p = pipeline(jobs)  # ?rc p jobs
for item in p:
    mid = item  # ?rc item mid
del item, mid
p2 = pipeline(jobs)
a = next(p2)  # ?rc a jobs
p2 = None  # ?rc a jobs
print(gc.collect())
loop = [None]
g3 = (x for x in loop)  # ?rc loop g3
loop[0] = g3  # ?rc g3
del g3
del loop
print(gc.collect())  # list <-> genexpr cycle, not started
