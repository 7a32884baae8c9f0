# Theme: a context manager whose __exit__ records the exception it saw and
# suppresses it. The stored exception keeps its traceback, and through it the
# frames of the failing code and their locals, alive.
import gc


class Recorder:
    def __init__(self):
        self.errors = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            self.errors.append(exc)
        return True


class Payload:
    pass


def fail(item):
    local_copy = [item]
    raise ValueError("bad payload value")


gc.collect()
rec = Recorder()  # ?rc rec
p = Payload()  # ?rc p
with rec as r:
    fail(p)
after = p  # ?rc p rec r -- fail's frame is kept by the stored traceback
saved = rec.errors[0]  # ?rc saved p
rec.errors.clear()  # ?rc saved p
del saved  # ?rc p
print(gc.collect())  # nothing: the module frame is not garbage


def guarded(item):
    with Recorder() as inner:
        fail(item)
    return inner


kept = guarded(p)  # ?rc p kept
print(gc.collect())  # all reachable from kept
del kept  # ?rc p
print(gc.collect())  # recorder, list, exception, tracebacks, frames, local_copy
with Recorder() as quiet:
    pass  # ?rc quiet
del quiet, after, r  # ?rc p rec
