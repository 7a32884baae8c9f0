# Theme: contextlib.contextmanager whose body raises; the generator catches
# and stores the exception; the yielded resource is released on exit.
import contextlib
import gc

caught = []


class Handle:
    pass


@contextlib.contextmanager
def opened(h):
    try:
        yield h
    except RuntimeError as e:
        caught.append(e)  # ?rc e h


h = Handle()  # ?rc h
with opened(h) as res:
    same = res  # ?rc h res
    raise RuntimeError(h)
print(len(caught))  # ?rc h
err = caught.pop()  # ?rc err
del err  # ?rc h
del res, same  # ?rc h
with opened(h) as again:
    pass
print(gc.collect())  # ?rc h again
