# Theme: a delegating generator with try/finally around `yield from`. The
# outer frame holds the inner generator while delegating; close() runs the
# inner finally block first, then the outer one, and throw() reaches the
# inner generator first; a suspended frame's f_locals is a dict cached on
# the frame up to 3.12 and a write-through proxy from 3.13 on.


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True


log = []


def inner(res):
    try:
        for i in range(3):
            yield res
    finally:
        res.open = False
        log.append(res)  # ?rc res


def outer(res, extra):
    holder = [extra]
    try:
        result = yield from inner(res)
    finally:
        log.append(holder)  # ?rc res holder extra


r = Resource("db handle")  # ?rc r
x = Resource("side data")  # ?rc x
g = outer(r, x)  # ?rc r x g
got = next(g)  # ?rc r got x
got2 = next(g)  # ?rc r
g.close()  # ?rc r x g
log.clear()  # ?rc r x
g2 = outer(r, x)
next(g2)  # ?rc r
try:
    g2.throw(KeyError("stop here"))
except KeyError:
    caught = r  # ?rc r x
del got, got2, caught  # ?rc r
log.clear()  # ?rc r x
g3 = outer(r, x)
next(g3)  # ?rc r x
del g3  # ?rc r x -- finalizer closes it: both finally blocks run
log.clear()  # ?rc r x
g4 = outer(r, x)
next(g4)  # ?rc r x
view = g4.gi_frame.f_locals  # ?rc view x
del view  # ?rc x
g4.close()  # ?rc r x
log.clear()  # ?rc r x
