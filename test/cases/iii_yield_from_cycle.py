# Theme: yield from delegation where the inner generator is stored on an
# object the outer generator holds; collecting an abandoned pair.
import gc


class Holder:
    pass


def inner(h):
    yield h
    yield h


def outer(h):
    h.gen = yield from inner(h)
    yield None


h = Holder()  # ?rc h
g = outer(h)  # ?rc h g
x = next(g)  # ?rc h x
y = next(g)  # ?rc h y
del x, y  # ?rc h
h.outer = g  # ?rc g
del g  # ?rc h
del h
print(gc.collect())  # holder, its dict?, two generators
