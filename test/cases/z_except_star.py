# Theme: except* splits a raised ExceptionGroup into new groups sharing its leaves (held by .exceptions and
# by args[1]) with the traceback copied; unmatched leaves are raised again as a new group; a clause's own
# raise, a bare raise of the matched part.
import gc


class Job:
    pass


def fail(*errs):
    raise ExceptionGroup("batch!", list(errs))


a = Job()  # ?rc a
ka = KeyError(a)
vb = ValueError(a)
keep = []
try:
    fail(ka, vb)
except* KeyError as g:
    keep.append(g)  # ?rc a g ka
except* ValueError:
    pass  # ?rc vb
kg = keep.pop()  # ?rc kg ka
del kg  # ?rc ka
try:
    try:
        fail(ka, vb)
    except* OSError:
        pass
    except* KeyError as g2:
        keep.append(g2)  # ?rc ka vb
except ExceptionGroup as outer:
    left = outer.exceptions  # ?rc left vb
    keep.append(outer)
del left  # ?rc vb
keep.clear()  # ?rc ka vb a
try:
    try:
        fail(ka, vb)
    except* KeyError:
        raise
    except* ValueError:
        pass  # ?rc ka
except ExceptionGroup as again:
    got = again.exceptions[0]  # ?rc ka got
del got
try:
    try:
        fail(ka)
    except* KeyError as g3:
        raise RuntimeError(g3)
except RuntimeError as new:
    held = new.args[0]  # ?rc held ka
del held
del ka, vb  # ?rc a
print(gc.collect())  # ?call gc.collect()
