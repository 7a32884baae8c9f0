# Generators over objects: arguments and loop variables live in the suspended
# frame; send(), close() and exhaustion release them at different points.
import gc


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost


def schedule(jobs, budget):
    spent = 0
    for job in jobs:
        if spent + job.cost > budget:
            return
        spent += job.cost
        extra = yield job
        if extra:
            budget += extra


def accumulate():
    total = []
    while True:
        item = yield len(total)
        if item is None:
            break
        total.append(item)
    return total


a, b, c = Job("a", 2), Job("b", 3), Job("c", 4)  # ?rc a b c
queue = [a, b, c]  # ?rc queue a
sched = schedule(queue, 5)  # ?rc queue sched
first = next(sched)  # ?rc first a queue
second = sched.send(10)  # ?rc second b
third = next(sched)  # ?rc third c
rest = list(sched)  # ?rc queue a b c rest
acc = accumulate()  # ?rc acc
next(acc)  # ?rc acc
n1 = acc.send(a)  # ?rc a n1
n2 = acc.send(b)  # ?rc b
try:
    acc.send(None)
except StopIteration as stop:
    kept = stop.value  # ?rc kept a b
print(kept is not None)
print(gc.collect())
acc2 = accumulate()
next(acc2)
acc2.send(c)  # ?rc c
acc2.close()  # ?rc c
del acc2  # ?rc c
pairs = ((j.name, j) for j in queue)  # ?rc queue pairs
name, job = next(pairs)  # ?rc job a
del pairs  # ?rc queue a job
