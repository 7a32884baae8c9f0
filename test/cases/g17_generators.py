# Theme: generators: send() values, close() with try/finally, yield from a
# sub-generator, and a suspended generator keeping its locals alive.


class Msg:
    pass


def echo():
    got = None
    while True:
        got = yield got
        held = got  # ?rc held


def inner(obj):
    yield obj
    yield obj


def outer(obj):
    yield from inner(obj)
    last = obj  # ?rc obj


def guarded(obj):
    try:
        yield obj
    finally:
        done = obj  # ?rc obj


m = Msg()  # ?rc m
g = echo()
next(g)
r = g.send(m)  # ?rc m r
del r  # ?rc m
g.close()  # ?rc m
o = outer(m)  # ?rc m
a = next(o)  # ?rc m a
b = next(o)  # ?rc m
rest = list(o)  # ?rc m rest
gd = guarded(m)
x = next(gd)  # ?rc m x
gd.close()  # ?rc m
gd2 = guarded(m)
next(gd2)  # ?rc m
del gd2  # ?rc m
del a, b, x  # ?rc m


async def coro(obj):
    return [obj]


cr = coro(m)  # ?rc m
try:
    cr.send(None)
except StopIteration as stop:
    wrapped = stop.value  # ?rc m wrapped
