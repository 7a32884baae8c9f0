# Theme: generator frames: throw() into a suspended generator, a generator
# that returns a value through StopIteration, close() running finally.


class Job:
    pass


def worker(job, log):
    held = [job]  # ?rc job held
    try:
        while True:
            try:
                got = yield len(held)
                held.append(got)  # ?rc got
            except KeyError as exc:
                held.append(exc)
    finally:
        log.append(len(held))  # ?rc job


j = Job()  # ?rc j
log = []
w = worker(j, log)  # ?rc j w
next(w)  # ?rc j
w.send(j)  # ?rc j
n = w.throw(KeyError("boom, not an id"))  # ?rc j
w.close()  # ?rc j log


def totals(items):
    acc = 0.0
    for it in items:
        acc += it
        yield acc
    return [acc, items]


src = [1.5, 2.5]  # ?rc src
t = totals(src)  # ?rc src t
for _ in t:
    pass
try:
    next(t)
except StopIteration as stop:
    value = stop.value  # ?rc value src
del t  # ?rc src value
