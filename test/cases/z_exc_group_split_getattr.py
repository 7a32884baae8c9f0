# ExceptionGroup split / subgroup with a condition that asks getattr(e, "job", None) of the group
# itself first (no such attribute: the default), then of each leaf.
import gc
import sys


class Job:
    def __init__(self, name):
        self.name = name


class JobError(Exception):
    def __init__(self, job):
        super().__init__(job.name)
        self.job = job


jobs = [Job("a"), Job("b"), Job("c")]
first = jobs[0]  # ?rc first
errors = [JobError(j) for j in jobs]  # ?rc first errors
group = ExceptionGroup("batch", errors)  # ?rc group errors
e0 = errors[0]  # ?rc e0 first
seen = []
try:
    raise group
except* JobError as eg:
    seen.append(eg)  # ?rc e0 eg
kept = seen[0]  # ?rc kept e0
sub = kept.exceptions  # ?rc sub e0
del seen  # ?rc kept
match_, rest = group.split(lambda e: getattr(e, "job", None) is first)  # ?rc e0 first
parts = group.subgroup(lambda e: not isinstance(e, JobError) or e.job.name != "b")  # ?rc e0
del group, kept, sub, match_, rest, parts  # ?rc e0
del errors  # ?rc e0 first
print(gc.collect())
e0.__traceback__ = None
print(sys.getrefcount(first))
del e0
print(gc.collect())  # ?rc first
