# Theme: what one branch of unknown direction does (deletes, clears, pops, attribute stores, a
# caught exception, a global set in a call, a loop that may not run and its else clause), seen
# from the other branch and after both: counts are open there, never wrong.
import os
import sys


class Node:
    pass


flag = os.environ.get("REFCOUNT_LENS_NO_SUCH_VAR")
a = Node()
b = Node()
c = Node()
d = {"k": a}
lst = [b]
extra = c
if flag:
    del extra
    d.clear()
    lst.pop()
    a.peer = b
    c.self_ref = c
    holder = [a, b, c]
    g = (x for x in [a])
    f = lambda: c
else:
    probe = None  # ?rc a b c d lst
try:
    raise ValueError(a)
except ValueError:
    pass
if flag:
    try:
        raise KeyError(b)
    except KeyError as e:
        saved = e
else:
    again = None  # ?rc a b c
try:
    item = d[flag]
    lst.append(c)
    lst.append(c)
    d["b"] = b
except KeyError:
    handled = None  # ?rc a b c d lst


def stash(obj):
    global keep
    keep = obj


if flag:
    stash(a)
    sys.intern
    it = iter([b, b])
    next(it)
else:
    third = None  # ?rc a b c
while flag:
    lst.append(a)
    flag = None
else:
    fourth = None  # ?rc a b lst
end = [a, b, c]  # ?rc a b c end
