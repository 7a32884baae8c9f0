# Theme: optional resources with contextlib.nullcontext: a function works
# with a caller-provided log or opens its own; nullcontext(obj) hands back
# the caller's object unchanged.
import contextlib
import gc


class Log:
    def __init__(self):
        self.lines = []
        self.open = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.open = False


def report(items, log=None):
    ctx = contextlib.nullcontext(log) if log is not None else Log()  # ?rc ctx
    with ctx as out:
        for item in items:
            out.lines.append(item)  # ?rc out
    return out


shared = Log()  # ?rc shared
data = [0.5, 1.5]  # ?rc data
res1 = report(data, shared)  # ?rc res1 shared
res2 = report(data)  # ?rc res2
nc = contextlib.nullcontext(shared)  # ?rc nc shared
with nc as same:
    alias = same  # ?rc alias shared
with nc:
    plain = shared  # ?rc shared
empty = contextlib.nullcontext()
with empty as nothing:
    n = nothing
del nc  # ?rc shared
lines = res2.lines  # ?rc lines
print(gc.collect())
del res1, alias, same, plain  # ?rc shared
