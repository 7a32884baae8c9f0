# Theme: exceptions raised and caught inside a loop; storing the exception
# keeps its traceback and the frame's locals alive.
import gc
import sys


class Payload:
    pass


def risky(p, n):
    if n % 2:
        raise ValueError(p)
    return p


kept = []
p = Payload()  # ?rc p
for n in range(4):
    try:
        risky(p, n)  # ?rc p
    except ValueError as e:
        kept.append(e)  # ?rc p
print(sys.getrefcount(p))
first = kept[0]  # ?rc first
kept.clear()  # ?rc first p
del first  # ?rc p
print(gc.collect())


def catch_self():
    try:
        raise KeyError("self-ref")
    except KeyError as err:
        keep = err  # ?rc err
    return keep


k = catch_self()  # ?rc k
del k
print(gc.collect())  # the exception -> traceback -> frame -> keep cycle
