# Theme: context managers that open and close resources; __exit__ receives
# exception details, and `with ... as` keeps the resource bound afterwards.
import contextlib
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.closed = True  # ?rc self
        return False


log = []


@contextlib.contextmanager
def opened(name):
    res = Resource(name)
    log.append(res)
    try:
        yield res
    finally:
        res.closed = True


gc.collect()
r = Resource("disk one")  # ?rc r
with r as handle:
    inner = handle  # ?rc r inner handle
print(sys.getrefcount(r))
del inner, handle  # ?rc r
with opened("net two") as conn:
    alias = conn  # ?rc conn
print(sys.getrefcount(conn))
del alias  # ?rc conn
stack = contextlib.ExitStack()  # ?rc stack
x1 = stack.enter_context(Resource("a b"))  # ?rc x1
x2 = stack.enter_context(Resource("c d"))  # ?rc x2
stack.close()  # ?rc x1 x2 stack
del stack  # ?rc x1
log.clear()  # ?rc conn
print(gc.collect())
try:
    with Resource("fails here") as bad:
        raise RuntimeError("boom goes here")
except RuntimeError as err:
    kept = bad  # ?rc kept
print(gc.collect())
del bad  # ?rc kept
print(gc.collect())
