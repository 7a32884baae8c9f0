# Theme: a class-based context manager that suppresses exceptions; the
# exception object and its traceback are dropped on exit unless stored.
import gc
import sys


class Guard:
    def __init__(self):
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if ev is not None:
            self.caught.append(ev)  # ?rc ev
        return True


class Thing:
    pass


t = Thing()  # ?rc t
g = Guard()  # ?rc g
with g as same:
    local = t  # ?rc t same
    raise RuntimeError(t)
print(sys.getrefcount(t))
with g:
    raise RuntimeError("plain message!")
err = g.caught[0]  # ?rc err
g.caught.clear()  # ?rc err t
del err, local, same  # ?rc t g
print(gc.collect())
