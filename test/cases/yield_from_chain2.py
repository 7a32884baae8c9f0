# Theme: delegation with yield from through two levels; values sent in
# travel down; the delegating frames hold the inner generators.


class Msg:
    pass


def leaf(sink):
    while True:
        m = yield
        if m is None:
            return sink
        sink.append(m)  # ?rc m


def middle(sink):
    res = yield from leaf(sink)
    tail = res  # ?rc res sink


def top(sink):
    yield from middle(sink)


box = []  # ?rc box
g = top(box)  # ?rc box g
next(g)  # ?rc box
msg = Msg()  # ?rc msg
g.send(msg)  # ?rc msg box
g.send(msg)  # ?rc msg
try:
    g.send(None)
except StopIteration:
    pass
done = box  # ?rc box msg
g2 = top(box)
next(g2)
g2.send(msg)  # ?rc msg
g2.close()  # ?rc msg box
del g2, g  # ?rc box
box.clear()  # ?rc msg
