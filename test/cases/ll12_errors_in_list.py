# Theme: a batch job keeps every caught exception in a list. Each exception's
# traceback keeps the frames that raised it, and their locals.
import gc


class Job:
    def __init__(self, n):
        self.n = n


def step(job, scratch):
    buf = [job, scratch]
    if job.n % 2:
        raise ArithmeticError(job.n)
    return len(buf)


def run(jobs):
    errors = []
    scratch = []
    for job in jobs:
        try:
            step(job, scratch)
        except ArithmeticError as e:
            errors.append(e)
    scratch.append(errors)  # ?rc scratch errors
    return errors


jobs = [Job(0), Job(1), Job(2), Job(3)]  # ?rc jobs
j1 = jobs[1]  # ?rc j1
errs = run(jobs)  # ?rc errs j1
e0 = errs[0]  # ?rc e0
tb = e0.__traceback__  # ?rc tb
frame = tb.tb_frame  # ?rc frame
del tb, frame  # ?rc e0
del e0  # ?rc j1
del errs  # ?rc j1
n = gc.collect()
gone = j1  # ?rc gone j1
try:
    step(j1, [])
except ArithmeticError as e:
    tb_inner = e.__traceback__.tb_next  # ?rc j1 tb_inner
del tb_inner  # ?rc j1
print(gc.collect())
