# Theme: closures over loop variables. Lambdas made in a comprehension share
# one cell (late binding: every one returns the last item); a default
# argument captures the current value instead; a generator's closure cell is
# rebound on every step.


class Job:
    def __init__(self, n):
        self.n = n


jobs = [Job(i) for i in range(3)]  # ?rc jobs
last = jobs[-1]  # ?rc last
first = jobs[0]  # ?rc first
late = [lambda: j for j in jobs]  # ?rc last late
bound = [lambda j=j: j for j in jobs]  # ?rc first last
got = late[0]()  # ?rc got last
del late  # ?rc last
del bound, got  # ?rc first last


def runner(items):
    for it in items:
        show = lambda: it.n
        yield show  # ?rc it


gen = runner(jobs)  # ?rc jobs gen
f1 = next(gen)  # ?rc first f1
f2 = next(gen)  # ?rc first f1 f2
gen.close()  # ?rc f1 jobs
cell_job = f1.__closure__[0].cell_contents  # ?rc cell_job
del f1, f2  # ?rc cell_job
adders = []
for k in [1.5, 2.5]:
    adders.append(lambda x, k=k: x + k)
total = adders[0](0.25)  # ?rc total
