# Theme: with statements and custom context managers (returning self or
# another object, suppressing exceptions), lambdas capturing values, and
# probes after if/else joins.
import contextlib


class Ctx:
    def __init__(self, payload):
        self.payload = payload

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return True


class Obj:
    pass


o = Obj()  # ?rc o
with Ctx(o) as c:
    inner = c  # ?rc o c inner
after = c  # ?rc c after
with Ctx(o) as c2:
    raise ValueError(o)
gone = 1.5 * 2  # ?rc o c2


@contextlib.contextmanager
def managed(x):
    yield [x]


with managed(o) as lst:
    copy = lst  # ?rc o lst
del lst, copy  # ?rc o
fn = lambda: o  # ?rc fn
res = fn()  # ?rc o res
capt = lambda val=o: val  # ?rc o capt
for flag in (True, False):
    if flag:
        chosen = o
    else:
        chosen = [o]
    tmp = chosen  # ?rc o chosen
del capt, chosen, tmp, res  # ?rc o
