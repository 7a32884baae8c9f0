# Theme: a pool of file-like handles used in `with` blocks. The `as` target
# stays bound after the block; __exit__ gets the exception and may keep it
# (returning True swallows it); a kept exception keeps its traceback.
import gc


class Handle:
    def __init__(self, path):
        self.path = path
        self.open = False
        self.last_error = None

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, kind, exc, tb):
        self.open = False
        if exc is not None:
            self.last_error = exc
            return True
        return False


class Pool:
    def __init__(self):
        self.handles = []

    def acquire(self, path):
        h = Handle(path)
        self.handles.append(h)  # ?rc h
        return h


pool = Pool()
with pool.acquire("/tmp/report one.txt") as h1:
    inside = h1  # ?rc h1 -- list, h1, inside, the bound __exit__
after = h1  # ?rc h1
payload = [h1]  # ?rc payload
with pool.acquire("/tmp/report two.txt") as h2:
    payload.append(h2)  # ?rc h2
    raise KeyError(payload)
err = h2.last_error  # ?rc err payload h2
h2.last_error = None  # ?rc err
del err  # ?rc payload
handles = pool.handles  # ?rc handles
pool.handles = []  # ?rc handles h1 h2
del handles, inside, after  # ?rc h1
print(gc.collect())
