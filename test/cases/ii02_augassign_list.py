# Theme: augmented assignment on containers reached through items, globals
# and slices, and with tuples, sets and dicts: in-place operators keep the
# object, the tuple one builds a new object.


class Item:
    pass


x = Item()  # ?rc x
bag = [x]  # ?rc bag x
bag += (x, x)  # ?rc bag x -- list += any iterable
bag *= 1  # ?rc x
frozen = (x,)  # ?rc frozen x
keep = frozen
frozen += (x,)  # ?rc frozen keep x -- a new tuple
tags = {x}
tags |= {x}  # ?rc tags x
tags -= {x}  # ?rc x
opts = {"a": x}
opts |= {"b": x}  # ?rc opts x
table = {"k": [x]}
table["k"] += [x]  # ?rc x
rows = [[x], [x]]
rows[1] *= 3  # ?rc x
rows[0][0:1] += [x]  # ?rc x -- the slice is a new list, extended, stored back
log = []


def record(obj):
    global log
    log += [obj, obj]  # ?rc obj
    return len(log)


record(x)  # ?rc log
record(x)  # ?rc x
del bag, keep, frozen, tags, opts, table, rows  # ?rc x log
