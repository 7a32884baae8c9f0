# Theme: a context manager whose __exit__ records the exception it saw (and
# its traceback) on itself; used inside a function this builds a cycle
# through the traceback's frame.
import gc


class Recorder:
    def __init__(self):
        self.errors = []

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb):
        if exc is not None:
            self.errors.append(exc)  # ?rc exc
            self.last_tb = tb  # ?rc tb
        return True


class Item:
    pass


def process(item):
    rec = Recorder()  # ?rc rec
    with rec:
        raise LookupError(item)
    seen = rec.errors[0]  # ?rc seen item
    return len(rec.errors)


def process_clean(item):
    rec = Recorder()
    with rec as r:
        raise LookupError(item)
    r.errors.clear()
    r.last_tb = None  # ?rc r item
    return 0


it = Item()  # ?rc it
gc.collect()
process(it)  # ?rc it
print(gc.collect())
process_clean(it)  # ?rc it
print(gc.collect())
top = Recorder()  # ?rc top
with top:
    raise KeyError(it)
err = top.errors[0]  # ?rc err it
del err
top.errors.clear()  # ?rc it
print(gc.collect())
