# Theme: generators: send, throw, close, generator expressions kept in
# variables, yield from with a return value.


def echo():
    got = None
    while True:
        try:
            got = yield got
        except KeyError:
            got = "caught it!"


def inner():
    yield 1
    return [2.5]


def outer():
    res = yield from inner()
    yield res


item = [0.5]  # ?rc item
g = echo()  # ?rc g
next(g)
back = g.send(item)  # ?rc item back
msg = g.throw(KeyError)  # ?rc msg
back = g.send(item)  # ?rc item
g.close()  # ?rc item g
data = [item, item]  # ?rc item
ge = (x for x in data)  # ?rc ge data
one = next(ge)  # ?rc one item
del ge  # ?rc data
o = outer()
next(o)
res = next(o)  # ?rc res
del o  # ?rc res
gen2 = (y * 2 for y in [1.5, 2.5])  # ?rc gen2
vals = list(gen2)  # ?rc vals gen2
