# Theme: generator.throw caught inside the generator, send() rebinding a
# local; the thrown exception and sent values are released afterwards.
import sys


class Msg:
    pass


def echo():
    last = None
    while True:
        try:
            got = yield last
            last = got  # ?rc got
        except ValueError as err:
            last = err  # ?rc err


m = Msg()  # ?rc m
g = echo()
next(g)
r1 = g.send(m)  # ?rc m r1
exc = ValueError("thrown in!")  # ?rc exc
r2 = g.throw(exc)  # ?rc exc r2 m
print(sys.getrefcount(m))
r3 = g.send(1.5)  # ?rc exc m
g.close()  # ?rc exc
del r2  # ?rc exc
