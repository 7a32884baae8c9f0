# PEP 479: a StopIteration escaping a generator's body (raised there, or from next() of an
# exhausted iterator inside it) becomes RuntimeError("generator raised StopIteration"), whose
# __cause__ and __context__ are the StopIteration; its traceback keeps the generator's frame.
class Q:
    pass


q = Q()  # ?rc q


def leaks_stop(x):
    yield 1
    raise StopIteration(x)


ls = leaks_stop(q)
next(ls)
try:
    next(ls)
except RuntimeError as rt:
    cause = rt.__cause__  # ?rc q cause
    ctx = rt.__context__  # ?rc cause
after = q  # ?rc q


def inner_next(items):
    it = iter(items)
    while True:
        yield next(it)


box = []
try:
    for v in inner_next([q]):
        box.append(v)
except RuntimeError as e2:
    kept = e2  # ?rc kept box q
del cause, ctx
end = q  # ?rc q
