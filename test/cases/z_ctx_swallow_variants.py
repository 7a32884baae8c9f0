# Theme: @contextmanager generators swallowing the with block's exception by
# suppress(), after clearing its __traceback__ (no frame kept: no cycle), and
# after converting it inside (the converted one kept).
import gc
import sys
from contextlib import contextmanager, suppress

store = []


@contextmanager
def sup(p):
    with suppress(KeyError):
        yield p


@contextmanager
def notb(p):
    try:
        yield p
    except KeyError as e:
        e.__traceback__ = None
        store.append(e)


@contextmanager
def inner_conv(p):
    try:
        try:
            yield p
        except KeyError as e:
            raise ValueError(p) from e
    except ValueError as v:
        store.append(v)


gc.collect()
box = ["box"]
with sup(box):
    raise KeyError("a")
print(sys.getrefcount(box))
print(gc.collect())
with notb(box):
    raise KeyError("b")
print(sys.getrefcount(box))
x = store[0]  # ?rc x
print(gc.collect())
store.clear()
del x
print(gc.collect())
with inner_conv(box):
    raise KeyError("c")
print(sys.getrefcount(box))
y = store[0]  # ?rc y
print(gc.collect())
store.clear()
del y
print(gc.collect())
print(sys.getrefcount(box))
