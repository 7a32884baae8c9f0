# Theme: closures made in a loop inside try/finally. A lambda that uses the
# loop variable shares one cell with its siblings (late binding); a default
# argument captures the current value instead. The finally clause runs on
# every exit, also on a return inside the try.


class Job:
    def __init__(self, label):
        self.label = label


def build_handlers(jobs):
    late = []
    early = []
    try:
        for job in jobs:
            late.append(lambda: job.label)  # one cell shared by all three
            early.append(lambda j=job: j.label)  # value captured now
        last = job  # ?rc job last
    finally:
        scratch = list(jobs)  # ?rc scratch jobs
        del scratch
    return late, early


a, b, c = Job("alpha job"), Job("beta job"), Job("gamma job")
jobs = [a, b, c]  # ?rc jobs a
late, early = build_handlers(jobs)  # ?rc a b c late early
first_late = late[0]  # ?rc first_late
print(first_late(), early[0]())
del late  # ?rc c first_late
del first_late  # ?rc c -- the last closure over the cell is gone
del early  # ?rc a b c


def guarded_total(values):
    acc = []
    try:
        for v in values:
            acc.append(v * 1.5)
        return acc
    finally:
        tail = acc  # ?rc acc tail -- the return value waits on the stack


totals = guarded_total([2.0, 4.0])  # ?rc totals


def retry(action, attempts):
    errors = []
    for n in range(attempts):
        try:
            return action(n)
        except ZeroDivisionError as exc:
            errors.append(exc)
        finally:
            seen = errors  # ?rc errors seen
    return errors


out = retry(lambda n: 10.0 / n, 3)  # ?rc out
failures = retry(lambda n: 1.0 / 0, 2)  # ?rc failures
