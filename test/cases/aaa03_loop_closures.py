# Theme: closures capturing loop variables: late binding shares one cell (or
# one global), default arguments snapshot each value, and a factory makes a
# fresh cell per call.


class Job:
    def __init__(self, n):
        self.n = n


jobs = [Job(i) for i in range(3)]  # ?rc jobs
late = []
for job in jobs:
    late.append(lambda: job.n)
last = jobs[-1]  # ?rc last job -- `job` is a module global here
bound = []
for job in jobs:
    bound.append(lambda job=job: job.n)
first = jobs[0]  # ?rc first


def make_runners(items):
    runners = []
    for it in items:
        runners.append(lambda: it)
    shared = runners[0].__closure__[0]  # ?rc shared
    return runners


def make_one(it):
    return lambda: it


rs = make_runners(jobs)  # ?rc last rs
ones = [make_one(j) for j in jobs]  # ?rc first last
got = ones[0]()  # ?rc got
cell = rs[1].__closure__[0]  # ?rc cell
del bound  # ?rc first
del ones  # ?rc first got
del got, rs  # ?rc last cell
