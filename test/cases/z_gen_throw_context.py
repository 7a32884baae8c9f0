# An exception thrown into a generator that is suspended inside an
# `except` block gets the handled exception as __context__, which keeps
# the handled exception (and its args) alive.
class P:
    pass


def gen(x):
    try:
        yield 1
    except ValueError:
        yield 2
    finally:
        last = x  # ?rc x -- GeneratorExit.__context__ -> ValueError -> args -> x


p = P()  # ?rc p
g = gen(p)
next(g)
g.throw(ValueError(p))  # ?rc p
g.close()  # ?rc p
