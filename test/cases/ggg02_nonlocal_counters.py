# Theme: nonlocal counters. A tally factory keeps a running total and a list
# of samples in closure cells; each call rebinds the total (a fresh float)
# while the list stays the same object, shared with whoever read it.


def make_tally(start):
    total = start * 1.0
    samples = []

    def add(x):
        nonlocal total
        total = total + x
        samples.append(x)  # ?rc samples x
        return total

    def report():
        snapshot = samples  # ?rc snapshot
        return snapshot, total

    return add, report


add, report = make_tally(10)
step = 2.5 * 1.0  # ?rc step
t1 = add(step)  # ?rc step t1
t2 = add(step)  # ?rc step t1 t2
for k in range(3):
    val = k * 0.5 + 1.25
    res = add(val)  # ?rc val res
got, tot = report()  # ?rc got tot
del add  # ?rc got
del report  # ?rc got tot step


def make_ids(prefix):
    count = 0
    issued = {}

    def next_id():
        nonlocal count
        count += 1
        key = f"{prefix}-{count:03d}!"
        issued[key] = count
        return key

    return next_id, issued


nid, registry = make_ids("user")  # ?rc registry
a = nid()  # ?rc a registry
b = nid()  # ?rc a b
del registry  # ?rc a
del nid  # ?rc a b
