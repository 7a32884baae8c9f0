# Theme: context managers from contextlib: a @contextmanager generator is
# suspended inside the with block, ExitStack holds every callback and
# manager it was given, suppress() swallows an exception.
import contextlib


class Conn:
    pass


@contextlib.contextmanager
def opened(conn):
    held = conn  # ?rc conn
    try:
        yield held
    finally:
        done = conn  # ?rc conn


c = Conn()  # ?rc c
with opened(c) as h:
    inside = h  # ?rc c
after = h  # ?rc c
with contextlib.ExitStack() as stack:
    stack.callback(print, "closing", c)  # ?rc c
    got = stack.enter_context(opened(c))  # ?rc c got
free = c  # ?rc c
with contextlib.suppress(KeyError):
    raise KeyError(c)
freed = c  # ?rc c
with opened(c) as one, opened(one) as two:
    pair = (one, two)  # ?rc c pair
for _ in range(2):
    with opened(c) as inner:
        break
loop_end = c  # ?rc c
