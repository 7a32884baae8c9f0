# An exception raised inside a comprehension or generator expression: the
# traceback records the comprehension's frame where it has one.


class Val:
    def __init__(self, ok):
        self.ok = ok


def check(v):
    if not v.ok:
        raise ValueError("bad")
    return v


good, bad = Val(True), Val(False)  # ?rc good bad
items = [good, bad, good]  # ?rc good bad items
try:
    out = [check(v) for v in items]
except ValueError as e:
    err = e
after = items  # ?rc good bad items
tb = err.__traceback__  # ?rc good bad
err = None  # ?rc good bad
del tb  # ?rc good bad items
try:
    total = sum(check(v).ok for v in items)
except ValueError as e:
    err2 = e
g2 = err2  # ?rc good bad
del g2, err2  # ?rc good bad items


def safe(seq):
    try:
        return {id(v): check(v) for v in seq}
    except ValueError:
        got = seq  # ?rc got
        return None


safe(items)  # ?rc good bad items
