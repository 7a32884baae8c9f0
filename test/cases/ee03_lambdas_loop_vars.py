# Theme: lambdas created in a loop capture the loop variable late (one cell
# shared by all of them) unless a default argument binds it early.
class Job:
    def __init__(self, cost):
        self.cost = cost


def late_binders(jobs):
    fns = []
    for job in jobs:
        fns.append(lambda: job)
    last = job  # ?rc job last
    return fns


def early_binders(jobs):
    fns = []
    for job in jobs:
        fns.append(lambda j=job: j)  # ?rc job
    return fns


def nested(factor):
    def outer(job):
        return lambda: job.cost * factor
    return outer


j1, j2, j3 = Job(1.5), Job(2.5), Job(3.5)  # ?rc j1 j3
jobs = [j1, j2, j3]  # ?rc jobs
late = late_binders(jobs)  # ?rc j1 j3 late
early = early_binders(jobs)  # ?rc j1 j2 j3 early
got = late[0]()  # ?rc got j3
del late  # ?rc j3
first = early[0]()  # ?rc first j1
early.pop()  # ?rc j3
del early  # ?rc j1 j2
pairs = [(lambda k=k: k * 2.0) for k in (1.5, 2.5)]  # ?rc pairs
doubled = [f() for f in pairs]  # ?rc doubled
mk = nested(0.5 * 3)  # ?rc mk
price = mk(j2)  # ?rc j2 price
del price  # ?rc j2
