# Theme: generators partially consumed, closed, fed with send(), and
# delegating with yield from, thrown into, and caught in a cycle; the
# suspended frames hold their locals.
import gc


class Job:
    pass


def worker(jobs):
    done = []
    for job in jobs:
        reply = yield job
        if reply is not None:
            done.append(reply)  # ?rc reply
    return done


def pipeline(jobs):
    result = yield from worker(jobs)
    final = result  # ?rc final
    yield len(final)


j1, j2, j3 = Job(), Job(), Job()  # ?rc j1 j3
jobs = [j1, j2, j3]  # ?rc jobs j1
g = worker(jobs)  # ?rc jobs
first = next(g)  # ?rc j1 first jobs
tag = Job()  # ?rc tag
second = g.send(tag)  # ?rc tag j2 second
g.close()  # ?rc jobs tag j2
p = pipeline(jobs)  # ?rc jobs
a = next(p)  # ?rc j1 a
b = p.send(tag)  # ?rc tag b
c = p.send(tag)
n = p.send(None)  # ?rc tag jobs
rest = list(p)  # ?rc tag jobs
half = (job for job in jobs if job is not j2)  # ?rc jobs half
h1 = next(half)  # ?rc j1 h1
del half  # ?rc jobs j1


def guarded(item):
    try:
        yield item
        yield item
    finally:
        last = item  # ?rc item last


gg = guarded(j3)  # ?rc j3
next(gg)  # ?rc j3
try:
    gg.throw(KeyError("stop here"))
except KeyError as ke:
    trace = ke.__traceback__  # ?rc j3 trace
del trace  # ?rc j3
loop = [None]
cyc = guarded(loop)  # ?rc loop
next(cyc)
loop[0] = cyc  # ?rc cyc
del loop, cyc
print(gc.collect())  # the generator is finalized first
