# Theme: exceptions a @contextmanager generator swallows. On 3.12+ the
# generator's finished frame (kept by the exception's traceback) links
# contextlib's __exit__ frame, which keeps the exception: a cycle that only
# gc.collect() frees; 3.11 frees it all by reference counting.
import gc
import sys
from contextlib import contextmanager

kept = []


@contextmanager
def quiet(payload):
    try:
        yield payload
    except LookupError:
        pass


@contextmanager
def keep(payload):
    note = ["note"]
    try:
        yield payload
    except KeyError as e:
        kept.append(e)


gc.collect()
box = ["box"]
with quiet(box) as b:
    raise KeyError("lost")
print(sys.getrefcount(box))
del b  # ?rc box
print(gc.collect())  # ?rc box
with keep(box):
    raise KeyError("kept")
err = kept[0]  # ?rc err box
print(gc.collect())
kept.clear()
tb = err.__traceback__  # ?rc err tb
del tb  # ?rc err box
del err
print(gc.collect())
with quiet(box) as b:
    {}["missing"]
print(sys.getrefcount(box))  # ?rc b
del b
print(gc.collect())  # ?rc box
