# Theme: try/except/else/finally in loops and functions: `else` runs only
# without an exception, a `return` in `finally` swallows the exception, a
# `continue` in a handler still runs `finally`, a bare `raise` re-raises.


class Res:
    pass


r = Res()  # ?rc r


def swallow(obj):
    try:
        raise ValueError(obj)
    finally:
        seen = obj  # ?rc obj
        return [seen]


def process(items):
    done = []
    for it in items:
        try:
            if it is None:
                raise LookupError(it)
            cur = it  # ?rc it
        except LookupError:
            continue
        else:
            done.append(cur)  # ?rc cur
        finally:
            tick = it
    return done


out = swallow(r)  # ?rc r out
res = process([r, None, r])  # ?rc r res
try:
    try:
        raise KeyError(r)
    except KeyError:
        held = r  # ?rc r
        raise
except KeyError as outer:
    args = outer.args  # ?rc r args
after = r  # ?rc r args
del args  # ?rc r
