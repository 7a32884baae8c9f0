# Theme: an ExitStack cleanup callback raises: the callbacks left still run (with the new
# exception), and the escaping exception's traceback keeps ExitStack.__exit__'s frame.
import contextlib
import gc


class CloseError(Exception):
    pass


class Res:
    def __init__(self, log):
        self.log = log

    def __exit__(self, et, ev, tb):
        self.log.append(et)
        return False


class Box:
    pass


def fail(b):
    raise CloseError(b)


log = []
b = Box()  # ?rc b
try:
    with contextlib.ExitStack() as st:
        st.push(Res(log))
        st.callback(fail, b)
except CloseError as e:
    err = e  # ?rc b err
n = len(log)  # ?rc log
seen = log[0] is CloseError
del err, st
print(gc.collect())
after = b  # ?rc b
