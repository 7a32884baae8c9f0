# Generators in reference cycles and gc.collect().
import gc


class Holder:
    pass


def loop_gen(h):
    h.gen_ref = None
    while True:
        got = yield h
        if got is not None:
            h.last = got  # ?rc got


h = Holder()  # ?rc h
g = loop_gen(h)  # ?rc h g
h.me = g  # ?rc g
first = next(g)  # ?rc h first
g.send(h)  # ?rc h
del first  # ?rc h
del g  # ?rc h
del h
n = gc.collect()  # ?rc n


def self_ref():
    me = yield
    yield me


s = self_ref()
next(s)
s.send(s)  # ?rc s
del s
print(gc.collect())


def plain_gen():
    box = [Holder()]
    yield box
    yield len(box)


pg = plain_gen()
bx = next(pg)  # ?rc bx pg
bx.append(pg)  # ?rc bx pg
del pg  # ?rc bx
del bx
print(gc.collect())
