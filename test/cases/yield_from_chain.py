# Theme: generators delegating with yield from and the values passing through.
class V:
    pass

def inner(items):
    for it in items:
        yield it

def outer(items):
    yield from inner(items)
    yield None

v = V()  # ?rc v
g = outer([v, v])  # ?rc v
first = next(g)  # ?rc v first
second = next(g)  # ?rc v second
del first, second  # ?rc v
rest = list(g)  # ?rc v rest
del g  # ?rc v
