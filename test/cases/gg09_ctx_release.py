# Theme: context managers that acquire and release resources. __exit__
# receives the exception and its traceback; a manager that stores them for
# diagnostics keeps the failing frame alive until it forgets them.
import gc
import sys


class Handle:
    def __init__(self, path):
        self.path = path
        self.open = True


class Opener:
    def __init__(self, registry):
        self.registry = registry
        self.handle = None
        self.last_error = None

    def __enter__(self):
        self.handle = Handle("/tmp/data-%d.bin" % len(self.registry))
        self.registry.append(self.handle)
        return self.handle

    def __exit__(self, etype, value, tb):
        self.registry.remove(self.handle)
        self.handle.open = False
        self.handle = None
        self.last_error = value
        return etype is ValueError


def work(opener, items):
    scratch = [1.5] * 3
    with opener as h:
        scratch.append(h)
        if items:
            raise ValueError("bad item")
    return scratch


registry = []
op = Opener(registry)  # ?rc op registry
with op as h1:
    inside = h1  # ?rc h1
print(h1.open, sys.getrefcount(h1))
del inside  # ?rc h1
out = work(op, [])  # ?rc out h1
got = out[-1]  # ?rc got
del out  # ?rc got
res = work(op, [2.5])  # ?rc res
err = op.last_error  # ?rc err
tb = err.__traceback__  # ?rc tb
frame = tb.tb_frame  # ?rc frame
held = frame.f_locals["scratch"]  # ?rc held
del held, frame, tb, err
op.last_error = None
print(gc.collect())  # the traceback does not point back at the exception
