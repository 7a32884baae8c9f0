# Theme: functools.partial holding arguments; sorted with a key lambda makes
# a new list sharing elements; map objects are lazy.
import functools
import sys


class Job:
    def __init__(self, prio):
        self.prio = prio


def run(job, tag):
    return job


j1, j2 = Job(2), Job(1)  # ?rc j1 j2
p = functools.partial(run, j1)  # ?rc j1 p
out = p("tag text!")  # ?rc j1 out
jobs = [j1, j2]
ordered = sorted(jobs, key=lambda j: j.prio)  # ?rc j1 j2 ordered
lazy = map(p, ordered)  # ?rc p ordered
first = next(lazy)  # ?rc first j1
print(sys.getrefcount(p))
del lazy  # ?rc p ordered
args = p.args  # ?rc args j1
del p, out, first  # ?rc j1 args
