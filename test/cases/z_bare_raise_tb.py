# Theme: a bare `raise` re-raises the handled exception without a traceback entry for its frame; `raise e` adds one.
import gc


class Box:
    pass


def bare(box):
    try:
        raise ValueError(box)
    except ValueError:
        raise


def named(box):
    try:
        raise ValueError(box)
    except ValueError as e:
        raise e


def helper():
    raise


def via_helper(box):
    try:
        raise KeyError(box)
    except KeyError:
        helper()


b = Box()  # ?rc b
try:
    bare(b)
except ValueError as e:
    b.err = e  # ?rc b
del b
print(gc.collect())  # ?call gc.collect()
b = Box()
try:
    named(b)
except ValueError as e:
    b.err = e  # ?rc b
del b
print(gc.collect())  # ?call gc.collect()
b = Box()
try:
    via_helper(b)
except KeyError as e:
    b.err = e  # ?rc b
del b
print(gc.collect())  # ?call gc.collect()
