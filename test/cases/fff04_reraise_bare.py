# Theme: a job runner logs failures and re-raises with a bare `raise`; the
# caller catches the same exception object, which still holds its job.
import gc
import sys


class Job:
    def __init__(self, name):
        self.name = name
        self.attempts = []


class JobFailed(Exception):
    def __init__(self, job):
        super().__init__(job.name)
        self.job = job


def run(job, log):
    try:
        job.attempts.append(len(job.attempts))
        raise JobFailed(job)
    except JobFailed as exc:
        log.append(exc)  # ?rc exc log
        current = sys.exc_info()[1]  # ?rc current
        raise


def supervise(job, log):
    try:
        run(job, log)
    except JobFailed as again:
        same = again is log[-1]
        held = again.job  # ?rc held job
        return same
    return False


log = []  # ?rc log
job = Job("nightly report")  # ?rc job
ok = supervise(job, log)  # ?rc job log
first = log[0]  # ?rc first job
ok2 = supervise(job, log)  # ?rc job
print(gc.collect())
log.clear()  # ?rc first job
del first
print(gc.collect())
after = job  # ?rc after
for attempt in range(3):
    try:
        run(job, log)
    except JobFailed:
        pass  # ?rc job
print(len(log), gc.collect())
log.clear()
print(gc.collect())
