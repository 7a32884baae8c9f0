# Theme: contextlib.ExitStack unwinding several resources when the body
# fails and one cleanup callback also fails: ExitStack chains the cleanup
# error to the original one through __context__, and every __exit__ that
# logged its exception keeps it in the log.
import contextlib


class Conn:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append(self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(ev)
        return False


class CloseError(Exception):
    pass


def failing_close(conn):
    raise CloseError(conn)


log = []  # ?rc log
caught = []
try:
    with contextlib.ExitStack() as stack:
        c1 = stack.enter_context(Conn("primary db", log))  # ?rc c1
        stack.callback(failing_close, c1)  # ?rc c1
        c2 = stack.enter_context(Conn("replica db", log))  # ?rc c2 stack
        raise LookupError(c2)
except CloseError as err:
    caught.append(err)  # ?rc c1 c2 log
outer = caught[0]  # ?rc outer
inner = outer.__context__  # ?rc inner c2
log_len = len(log)
del stack  # ?rc c1 c2
caught.clear()  # ?rc outer inner
del outer  # ?rc inner c1
log.clear()  # ?rc inner c2
del inner  # ?rc c1 c2
