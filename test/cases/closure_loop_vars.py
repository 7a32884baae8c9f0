# Theme: closures over loop variables: every closure made in the loop shares
# one cell (late binding); default arguments capture the current value.


class Node:
    pass


nodes = [Node(), Node(), Node()]  # ?rc nodes
n0, n1, n2 = nodes  # ?rc n0 n2


def make_late(items):
    fs = []
    for it in items:
        fs.append(lambda: it)
    last = items[-1]  # ?rc last
    return fs


def make_early(items):
    fs = []
    for it in items:
        fs.append(lambda it=it: it)  # ?rc it
    return fs


late = make_late(nodes)  # ?rc n0 n2 late
early = make_early(nodes)  # ?rc n0 n1 n2 early
got = [f() for f in late]  # ?rc n2 got
del late  # ?rc n2
del got  # ?rc n2
early.pop()  # ?rc n2
cells = early  # ?rc n0 early
del early, cells  # ?rc n0 n1 n2
