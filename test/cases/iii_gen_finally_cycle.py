# Theme: a suspended generator with a finally block caught in a reference
# cycle; the collector finalizes it (runs finally) before breaking the cycle.
import gc

log = []


class Owner:
    pass


def worker(owner):
    try:
        yield owner
        yield owner
    finally:
        log.append("closed worker!")


o = Owner()  # ?rc o
o.gen = worker(o)  # ?rc o
first = next(o.gen)  # ?rc first o
del first  # ?rc o
del o
print(gc.collect())  # owner, its dict?, generator
print(log)
o2 = Owner()
g2 = worker(o2)
next(g2)  # ?rc o2
del g2  # ?rc o2
print(len(log))
