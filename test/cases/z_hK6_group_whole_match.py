# Theme: a job runner that catches a whole batch with except* Exception (the
# group itself is the match, not a copy) and then splits the same batch by
# error kind in a later run.
import gc


class Job:
    def __init__(self, name):
        self.name = name


def run_all(jobs):
    raise ExceptionGroup("jobs failed", [ValueError(j) for j in jobs] + [KeyError(jobs[0])])


first = Job("first")  # ?rc first
second = Job("second")  # ?rc second
reports = []
try:
    run_all([first, second])
except* Exception as everything:
    reports.append(everything)  # ?rc first second
    count = len(everything.exceptions)
print(count)  # ?rc first second
batch = reports.pop()  # ?rc batch first
try:
    raise batch
except* ValueError as bad:
    reports.append(bad)  # ?rc batch first second
except* LookupError as missing:
    same = missing is batch  # ?rc batch first
print(same, len(reports))  # ?rc batch first second
reports.clear()  # ?rc batch first second
del batch  # ?rc first second
print(gc.collect())
failed = ExceptionGroup("late jobs", [ValueError(first), KeyError(second)])  # ?rc failed
try:
    raise failed
except* Exception as late:
    reports.append(late)  # ?rc failed first second
print(reports[0] is failed)  # ?rc failed
reports.clear()  # ?rc failed first second
del failed  # ?rc first second
print(gc.collect())
