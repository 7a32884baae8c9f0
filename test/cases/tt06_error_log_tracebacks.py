# Theme: a service that records failures in an error log, keeping each
# caught exception with its traceback. The traceback keeps the failing
# frames alive, and with them their locals.
import gc
import traceback


class Job:
    def __init__(self, weight):
        self.weight = weight


class Service:
    def __init__(self):
        self.errors = []

    def run(self, job):
        scratch = [job.weight * 2.0]  # ?rc job
        try:
            self.process(job, scratch)
        except ZeroDivisionError as exc:
            self.errors.append(exc)  # ?rc job scratch

    def process(self, job, scratch):
        scratch.append(job)
        return job.weight / 0


gc.collect()
svc = Service()
j1 = Job(1.5)  # ?rc j1
svc.run(j1)  # ?rc j1 -- held by both dead frames' locals and scratch
j2 = Job(2.5)
svc.run(j2)  # ?rc j1 j2
first = svc.errors[0]  # ?rc first
tb = first.__traceback__  # ?rc tb
del tb
print(gc.collect())  # no garbage yet: the log keeps everything
svc.errors.clear()  # ?rc j1 first
report = traceback.TracebackException.from_exception(first)  # ?rc j1 first
del report  # ?rc j1
print(gc.collect())  # 0: `exc` was unbound when the except ended: no cycle
first.__traceback__ = None  # ?rc j1 first
print(gc.collect())  # the frames went by refcount
del first  # ?rc j1 j2
