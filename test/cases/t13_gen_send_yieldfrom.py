# Theme: generators that receive values. send() hands a value into the
# suspended frame, through `yield from` when delegating; close() throws
# GeneratorExit into the innermost generator, whose finally block runs. An
# exception thrown in while the generator waits inside an except block gets
# the handled exception as its __context__. Since 3.13 close() returns
# what the generator returned.
log = []


class Msg:
    pass


def inner():
    got = None
    try:
        while True:
            got = yield got  # ?rc got
            log.append(got)
    finally:
        last = got  # ?rc last


def outer():
    return (yield from inner())


m1, m2 = Msg(), Msg()  # ?rc m1
g = outer()  # ?rc g
next(g)
echo = g.send(m1)  # ?rc m1 echo
g.send(m2)  # ?rc m1 m2
g.close()  # ?rc m2
log.clear()  # ?rc m1 m2


def retry(msg):
    try:
        yield "first try"
    except ValueError:
        yield "second try"
    finally:
        seen = msg  # ?rc msg
    yield "done"


def tally(msg):
    try:
        yield
    except GeneratorExit:
        return msg  # close() hands this back on 3.13


r = retry(m1)
next(r)
r.throw(ValueError(m1))  # ?rc m1
r.close()  # ?rc m1
tl = tally(m2)
next(tl)
res = tl.close()  # ?rc m2
