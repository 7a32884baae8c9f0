# Theme: contextlib.suppress inside a loop with continue and break; the
# swallowed exceptions are not kept, only what the loop body saved.
import contextlib


class Entry:
    def __init__(self, key):
        self.key = key


table = {}
entries = [Entry(1.5), Entry(2.5), Entry(3.5)]  # ?rc entries
e1 = entries[1]  # ?rc e1
found = []
for e in entries:
    with contextlib.suppress(KeyError):
        val = table[e.key]
        found.append(val)
        continue
    table[e.key] = e  # ?rc e
got = table[2.5]  # ?rc got e1
for e in entries:
    with contextlib.suppress(KeyError):
        val = table[e.key]  # ?rc val
        if val is e1:
            break
        found.append(val)  # ?rc found
last = e  # ?rc last e1
with contextlib.suppress(LookupError):
    raise IndexError(e1)
free = e1  # ?rc free
sup = contextlib.suppress(ValueError)  # ?rc sup
with sup:
    raise ValueError(e1)
with sup:
    pass
again = e1  # ?rc again
table.clear()  # ?rc e1
del found, val, e, last, got, free, again  # ?rc e1
