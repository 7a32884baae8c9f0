# Theme: try/except/finally. A `del` inside finally runs on every path; the
# `as` name is deleted at the end of the except block; a `return` inside
# finally swallows the exception (and frees it).
import sys


class Resource:
    pass


def use(res, fail):
    temp = [res]  # ?rc res temp
    try:
        if fail:
            raise RuntimeError(res)
        out = temp  # ?rc temp
    finally:
        del temp  # ?rc res
    return res


def swallow(res):
    try:
        raise ValueError(res)
    finally:
        return res


def catch(res):
    try:
        raise KeyError(res)
    except KeyError as e:
        inside = res  # ?rc res
    after = res  # ?rc res
    return after


r = Resource()  # ?rc r
use(r, False)  # ?rc r
try:
    use(r, True)
except RuntimeError as err:
    held = err  # ?rc r held
print(sys.getrefcount(held))
del held  # ?rc r
got = swallow(r)  # ?rc r got
back = catch(r)  # ?rc r back
