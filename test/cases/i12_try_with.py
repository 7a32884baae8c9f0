# Theme: try/except/else/finally with return and break, and with statements
# (nested, exceptions suppressed by __exit__, contextlib.contextmanager).
import contextlib


class Res:
    def __init__(self, suppress=False):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return self.suppress


def pick(obj, fail):
    try:
        if fail:
            raise KeyError("no such key!")
        val = obj  # ?rc obj val
    except KeyError:
        return None
    else:
        return val
    finally:
        held = obj  # ?rc obj held


@contextlib.contextmanager
def managed(x):
    inside = [x]
    yield inside  # plain


box = [2.5]  # ?rc box
r1 = pick(box, False)  # ?rc box r1
r2 = pick(box, True)  # ?rc box
for k in range(3):
    try:
        cur = box  # ?rc box
        break
    finally:
        done = box  # ?rc box
outer = Res()  # ?rc outer
with outer as o1, Res(True) as o2:
    raise ValueError("swallowed here")
after = o1  # ?rc outer after
with Res(True) as o3:
    with Res() as o4:
        keep = o4  # ?rc o4
        raise KeyError("inner one!")
kept = o4  # ?rc kept
with managed(box) as lst:
    w = lst  # ?rc lst box
del w, lst  # ?rc box
