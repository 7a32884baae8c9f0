# Theme: batch runner with contextlib: ExitStack of resources, suppress,
# closing, nullcontext and redirect_stdout into an io.StringIO.
import contextlib
import gc
import io
import sys


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name
        self.closed = False

    def __enter__(self):
        Resource.opened.append(self)
        return self

    def __exit__(self, *exc):
        self.closed = True
        return False

    def close(self):
        self.closed = True


def run_batch(names):
    results = []
    with contextlib.ExitStack() as stack:
        for n in names:
            res = stack.enter_context(Resource(n))  # ?rc res
            results.append(res)
        count = len(stack._exit_callbacks)  # ?rc count
    return results


batch = run_batch(["disk one", "disk two", "net three"])  # ?rc batch
r0 = batch[0]  # ?rc r0
opened = Resource.opened  # ?rc opened r0
with contextlib.suppress(KeyError):
    missing = {}["nope"]
errors = []  # ?rc errors
with contextlib.suppress(ZeroDivisionError):
    errors.append(1 / 0)
single = Resource("closable thing")  # ?rc single
with contextlib.closing(single) as same:
    inside = same  # ?rc inside single
del inside  # ?rc single
cfg = {"mode": "fast path"}  # ?rc cfg
with contextlib.nullcontext(cfg) as c:
    mode = c["mode"]  # ?rc c mode
out = io.StringIO()  # ?rc out
with contextlib.redirect_stdout(out):
    print("captured line one")
    print(r0.name, len(batch))
captured = out.getvalue()  # ?rc captured
lines = captured.splitlines()  # ?rc lines
stack = contextlib.ExitStack()  # ?rc stack
stack.callback(errors.append, stack)  # ?rc stack errors
stack.close()  # ?rc stack
del c, same
print(sys.getrefcount(r0), sys.getrefcount(cfg))
del batch  # ?rc r0
Resource.opened.clear()  # ?rc r0
errors.append(errors)
del errors, stack
print(gc.collect())
print(lines, mode)
