# Recursion through comprehensions: on 3.11 each running comprehension is a
# frame of its own (two per level), on 3.12+ it is inlined (one per level),
# so the runaway recursion stops at different depths with different counts.


class Item:
    pass


def expand(n, obj):
    here = obj
    return [expand(n + 1, obj) for _ in range(1)]


def nest(n, obj):
    if n == 0:
        return [obj]
    return [nest(n - 1, obj) for _ in range(1)]


it = Item()  # ?rc it
try:
    expand(0, it)
except RecursionError as err:
    inside = it  # ?rc it inside
after = it  # ?rc it after
deep = nest(300, it)  # ?rc it deep -- 301 levels, within the limit on every version
del deep  # ?rc it
box = {"k": it}  # ?rc box it
try:
    expand(0, box)
except RecursionError:
    kept = box  # ?rc box kept it
del kept, after  # ?rc it box
