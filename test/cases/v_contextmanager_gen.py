# Theme: with statements through contextlib.contextmanager, nested with
# blocks, and an exception thrown through the managed block.
import contextlib


class Conn:
    pass


opened = []


@contextlib.contextmanager
def session(conn):
    opened.append(conn)  # ?rc conn
    try:
        yield conn
    finally:
        opened.pop()


c = Conn()  # ?rc c
with session(c) as s:
    inner = s  # ?rc c s
after = s  # ?rc c
with session(c) as a, session(c) as b:
    pair = (a, b)  # ?rc c pair
del pair  # ?rc c
try:
    with session(c) as z:
        raise RuntimeError("boom!")
except RuntimeError:
    pass
got = z  # ?rc c got
del inner, after, a, b, z, got, s  # ?rc c


def run_twice(conn):
    with session(conn) as h:
        tmp = h  # ?rc conn tmp
    return tmp


run_twice(c)  # ?rc c
run_twice(c)  # ?rc c
