# Theme: a delegating generator with `yield from`; errors raised in the
# inner generator propagate out and are caught by the outer one, which then
# yields a fallback; throw() goes through to the inner generator.


class Chunk:
    pass


def inner(src, bad):
    for c in src:
        if c is bad:
            raise EOFError(c)
        yield c


def outer(src, bad, errors):
    try:
        got = yield from inner(src, bad)
    except EOFError as exc:
        errors.append(exc)  # ?rc exc errors
        yield exc.args[0]


def echo():
    while True:
        try:
            yield
        except KeyError as k:
            keep = k  # ?rc keep


a, b, c = Chunk(), Chunk(), Chunk()  # ?rc a b c
src = [a, b, c]  # ?rc src
errors = []
out = list(outer(src, b, errors))  # ?rc out a b src
err = errors[0]  # ?rc err b
def relay():
    yield from echo()
r = relay()  # ?rc r
next(r)
r.throw(KeyError(c))  # ?rc c
r.close()  # ?rc c
del out, err  # ?rc a b
errors.clear()  # ?rc b
