# Theme: a batch validator that reports failures as exception groups: the
# BaseExceptionGroup constructor picks ExceptionGroup for plain errors, a
# program subclass of ExceptionGroup, and contextlib.suppress around a batch.
import contextlib
import gc


class Row:
    __slots__ = ("key", "size")

    def __init__(self, key, size=0):
        self.key, self.size = key, size


class BatchErrors(ExceptionGroup):
    """Failures of one import batch."""


def check(rows):
    return BaseExceptionGroup("bad rows", [ValueError(r) for r in rows if r.size == 0])


r1 = Row("a")  # ?rc r1
r2 = Row("b")  # ?rc r2
g = check([r1, r2])  # ?rc g r1
print(type(g).__name__)
saved = []
try:
    if g.exceptions:
        raise g
except ExceptionGroup as caught:
    saved.append(caught)  # ?rc g r1
except BaseExceptionGroup:
    print("base group")
print(len(saved))  # ?rc g r1
saved.clear()  # ?rc g r1
del g  # ?rc r1
print(gc.collect())

b = BatchErrors("batch", [KeyError(r1), ValueError(r2)])  # ?rc b r1 r2
try:
    raise b
except* KeyError as kpart:
    saved.append(kpart)  # ?rc b r1
except* ValueError as vpart:
    saved.append(vpart)  # ?rc b r2
print(len(saved))  # ?rc b r1 r2
saved.clear()  # ?rc b r1 r2
del b  # ?rc r1 r2
print(gc.collect())

r3 = Row("c")  # ?rc r3
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("only values", [ValueError(r3)])
except* ValueError as leftover:
    saved.append(leftover)
print(len(saved))  # ?rc r3
saved.clear()  # ?rc r3
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("mixed", [ValueError(r3), KeyError(r1)])
except* KeyError as rest:
    saved.append(rest)  # ?rc r1 r3
except* ValueError as vals:
    saved.append(vals)  # ?rc r1 r3
print(len(saved))  # ?rc r1 r3
saved.clear()  # ?rc r1 r3
print(gc.collect())
