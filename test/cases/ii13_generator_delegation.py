# Theme: `yield from` with a return value, throw() forwarded to the inner
# generator, close() reaching the inner generator's `finally`, and
# delegation to a plain list.


class Job:
    pass


class Stop(Exception):
    pass


def worker():
    done = []
    while True:
        try:
            job = yield len(done)
        except Stop as s:
            culprit = s.args[0]  # ?rc culprit
            return done
        done.append(job)  # ?rc job


def manager(inner):
    result = yield from inner
    got = result  # ?rc result
    yield from [result, result]
    yield 0


def guarded(log):
    try:
        while True:
            item = yield
            log.append(item)
    finally:
        log.append(None)


j1, j2 = Job(), Job()  # ?rc j1
w = worker()
m = manager(w)  # ?rc w m
next(m)
m.send(j1)  # ?rc j1
m.send(j2)  # ?rc j1 j2
out = m.throw(Stop(j2))  # ?rc j2 out w
nxt = next(m)  # ?rc out
next(m)
m.close()  # ?rc out
log = []
g = manager(guarded(log))
next(g)
g.send(j1)  # ?rc j1 log
g.close()  # ?rc j1 g
