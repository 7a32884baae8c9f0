# Theme: with statements three ways: contextlib.contextmanager (a suspended
# generator frame holds its locals while the block runs), ExitStack (holds
# every callback and its arguments until it unwinds) and suppress() (the
# swallowed exception dies right after the block).
import contextlib


class Conn:
    pass


@contextlib.contextmanager
def opened(conn):
    held = [conn]  # ?rc conn held
    try:
        yield conn
    finally:
        held.clear()  # ?rc conn


c = Conn()  # ?rc c
with opened(c) as h:
    inside = h  # ?rc c
del h, inside  # ?rc c
stack = contextlib.ExitStack()
with stack:
    stack.callback(print, "closing", c)  # ?rc c
    got = stack.enter_context(opened(c))  # ?rc c got
after = got  # ?rc c
with contextlib.suppress(KeyError):
    raise KeyError(c)
after2 = c  # ?rc c
manual = contextlib.ExitStack()
manual.callback(print, "bye", c)  # ?rc c
moved = manual.pop_all()  # ?rc c
moved.close()  # ?rc c
del after, after2, got  # ?rc c
