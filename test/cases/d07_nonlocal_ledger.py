# Theme: nonlocal accumulators. A factory returns closures sharing cells;
# `+=` on a nonlocal list rebinds the cell to the same list, `+=` on a
# nonlocal tuple makes a new tuple, and reset() swaps in a fresh list.
import gc


class Entry:
    def __init__(self, amount):
        self.amount = amount


def ledger():
    entries = []
    history = ()
    total = 0.0

    def add(entry):
        nonlocal entries, history, total
        entries += [entry]
        history += (entry,)
        total = total + entry.amount
        return total

    def reset():
        nonlocal entries
        old = entries  # ?rc old
        entries = []
        return old

    def report():
        return entries, history

    return add, reset, report


add, reset, report = ledger()  # ?rc add reset report
e1 = Entry(1.25)  # ?rc e1
e2 = Entry(2.5)  # ?rc e2
add(e1)  # ?rc e1
add(e2)  # ?rc e1 e2
ents, hist = report()  # ?rc ents hist e1
old = reset()  # ?rc old ents e1
del ents, hist  # ?rc old e1
add(e1)  # ?rc e1
del old  # ?rc e1 e2
print(gc.collect())
del add, reset, report  # ?rc e1 e2
print(gc.collect())
