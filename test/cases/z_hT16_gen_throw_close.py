# throw() and close() on suspended generators; finally blocks and locals.


class Res:
    pass


log = []


def worker(res):
    held = res  # ?rc res held
    try:
        while True:
            try:
                msg = yield held
                log.append(msg)  # ?rc msg
            except ValueError as err:
                e = err  # ?rc e
                log.append(e)
    finally:
        log.append(held)  # ?rc held


r = Res()  # ?rc r
w = worker(r)  # ?rc r w
out = next(w)  # ?rc r out
m = Res()  # ?rc m
w.send(m)  # ?rc m r
exc = ValueError("bad value here")  # ?rc exc
out2 = w.throw(exc)  # ?rc exc out2 r
w.close()  # ?rc r m exc
del out, out2  # ?rc r
log.clear()  # ?rc r m exc


def fails(x):
    tmp = x  # ?rc tmp
    yield 1
    raise KeyError(x)


f = fails(r)
next(f)  # ?rc r
try:
    next(f)
except KeyError as k:
    kk = k  # ?rc kk r
del kk  # ?rc r
