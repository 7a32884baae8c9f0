# Generator expressions consumed by any/all/sum/next, partially, and dropped.


class Job:
    def __init__(self, cost):
        self.cost = cost


j1 = Job(1.5)  # ?rc j1
j2 = Job(2.5)  # ?rc j2
jobs = [j1, j2, j1]  # ?rc jobs j1
found = any(j.cost > 2 for j in jobs)  # ?rc jobs j1 j2
total = sum(j.cost for j in jobs)  # ?rc total jobs
firstbig = next((j for j in jobs if j.cost > 2), None)  # ?rc firstbig j2
pairs = list(zip((j for j in jobs), jobs))  # ?rc pairs j1 j2
del pairs  # ?rc j1 j2
g = (j for j in jobs)  # ?rc g jobs
e = enumerate(g)  # ?rc e g
idx, jj = next(e)  # ?rc jj j1
del e  # ?rc g jj
del g  # ?rc jobs j1
del jj  # ?rc j1


def pick(pred, seq):
    it = (s for s in seq if pred(s))
    one = next(it)  # ?rc one seq
    return one


p = pick(lambda s: s.cost < 2, jobs)  # ?rc p j1 jobs
nested = [[k for k in jobs if k is not j] for j in jobs]  # ?rc nested j1 j2
del nested  # ?rc j1 j2
