# Theme: a running-average coroutine driven with send(), wrapped by a
# delegating generator (`yield from`); throw() reaches the inner generator,
# and the values it received stay in its frame until it finishes.
import gc
import sys


class Reading:
    def __init__(self, value):
        self.value = value


def averager():
    total = 0.0
    count = 0
    last = None
    while True:
        try:
            item = yield (total / count if count else None)
        except KeyError as err:
            last = err
            continue
        last = item
        total += item.value
        count += 1


def logger(log):
    result = yield from averager()
    log.append(result)


log = []
inner_gen = averager()
next(inner_gen)
r1 = Reading(10 ** 6)  # ?rc r1
avg = inner_gen.send(r1)  # ?rc r1 avg
r2 = Reading(3.5)  # ?rc r2
avg = inner_gen.send(r2)  # ?rc r1 r2
outer_gen = logger(log)
next(outer_gen)
r3 = Reading(2 ** 40)  # ?rc r3
a3 = outer_gen.send(r3)  # ?rc r3 a3
problem = KeyError("missing sensor!")  # ?rc problem
a4 = outer_gen.throw(problem)  # ?rc problem r3
r4 = Reading(7.25)  # ?rc r4
a5 = outer_gen.send(r4)  # ?rc r4 r3 problem
print(sys.getrefcount(r4), sys.getrefcount(problem))
outer_gen.close()  # ?rc r4 problem log
inner_gen.close()  # ?rc r1 r2
del outer_gen, inner_gen  # ?rc r4 problem
print(gc.collect())
print(avg, a3, a4, a5, log)
