# Theme: closure generators that raise after a yield (consumed by list(), a for
# loop, next()): the frame object the traceback keeps holds the function once,
# and everything is released when the exception goes.
b = [0]
def f4(x):
    def inner():
        yield x
        raise KeyError('k')
    g = inner()
    next(g)
    next(g)
try:
    f4(b)
except KeyError:
    pass
a2 = 1  # ?rc b
def f6(x):
    def inner():
        yield x
        raise KeyError('k')
    g = inner()
    next(g)
    try:
        next(g)
    except KeyError:
        pass
f6(b)
a3 = 1  # ?rc b
def f7(x):
    def inner():
        yield x
        raise KeyError('k')
    for v in inner():
        pass
try:
    f7(b)
except KeyError:
    pass
a4 = 1  # ?rc b
def g1(x):
    def inner():
        y = x
        raise KeyError('k')
    inner()
try:
    g1(b)
except KeyError:
    pass
c1 = 1  # ?rc b
def g2(x):
    def inner():
        yield 1
        y = x
        raise KeyError('k')
    list(inner())
try:
    g2(b)
except KeyError:
    pass
c2 = 1  # ?rc b
def g3(x):
    def inner():
        yield 1
        raise KeyError(x)
    list(inner())
try:
    g3(b)
except KeyError:
    pass
c3 = 1  # ?rc b
def g4(x):
    def inner():
        yield x
    list(inner())
g4(b)
c4 = 1  # ?rc b
