# close() and throw() edges: close() on a generator that yields again raises RuntimeError and
# leaves it suspended (its variables alive); an exception its finally raises comes out of close()
# with a traceback that keeps its frame; throw() into a generator not started enters it to raise,
# so the traceback keeps its frame and arguments.
class Q:
    pass


q = Q()  # ?rc q


def stubborn(x):
    while True:
        try:
            yield x
        except GeneratorExit:
            pass


s = stubborn(q)
next(s)  # ?rc q
try:
    s.close()
except RuntimeError:
    msg = q  # ?rc q
after = q  # ?rc q
del s
o = Q()  # ?rc o


def closer(x):
    try:
        yield x
    finally:
        raise OSError("raised during close")


cl = closer(o)
next(cl)  # ?rc o
try:
    cl.close()
except OSError as oe:
    kept = oe  # ?rc o
later = o  # ?rc o
del kept
p = Q()  # ?rc p


def simple(x):
    yield x


g = simple(p)  # ?rc p
try:
    g.throw(KeyError("not an identifier!"))
except KeyError as e:
    held = e  # ?rc p
del held
end = p  # ?rc p
