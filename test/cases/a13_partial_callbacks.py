# Theme: a job scheduler stores functools.partial objects as completion
# callbacks. partial(self.on_done, ...) keeps the worker alive through the
# bound method; wrapping a partial in another partial flattens it, so the
# inner one is not referenced by the outer one at all.
import gc
import sys
from functools import partial


class Scheduler:
    def __init__(self):
        self.callbacks = []

    def when_done(self, cb):
        self.callbacks.append(cb)
        return cb

    def finish_all(self, result):
        for cb in self.callbacks:
            cb(result)
        self.callbacks.clear()


class Worker:
    def __init__(self, name):
        self.name = name
        self.results = []

    def on_done(self, tag, result, retries=0):
        self.results.append((tag, result))


def log_result(sink, tag, result):
    sink.append(tag)


gc.collect()
sched = Scheduler()
w = Worker("resize worker")  # ?rc w
tag = "thumbnail job"  # ?rc tag
p1 = partial(w.on_done, tag)  # ?rc w p1 tag
sched.when_done(p1)  # ?rc p1
p2 = partial(p1, retries=3)  # ?rc p1 p2 w tag -- flattened into one partial
sched.when_done(p2)  # ?rc p2
del p1, p2
del w
print(len(sched.callbacks), gc.collect())  # still alive, not garbage
out = 2.5 * 3
sched.finish_all(out)  # ?rc out tag
sink = []  # ?rc sink
logger = partial(log_result, sink, "audit entry!")  # ?rc sink logger
w2 = Worker("cycle worker")
w2.retry = partial(w2.on_done, tag)  # ?rc w2 tag
del w2
print(gc.collect())  # worker, partial, bound method, args tuple
sched.when_done(logger)  # ?rc logger
del logger
sched.finish_all(out)  # ?rc sink out
