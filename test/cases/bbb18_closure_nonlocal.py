# Theme: closures and nonlocal. A captured variable lives in a cell shared by
# the outer function and every inner function; `nonlocal` rebinds the cell,
# and the cell keeps its object alive after the outer function returns.
import gc


class Entry:
    def __init__(self, text):
        self.text = text


def make_log():
    entries = []  # ?rc entries
    last = None

    def add(text):
        nonlocal last
        e = Entry(text)  # ?rc e
        entries.append(e)  # ?rc e entries
        last = e  # ?rc e
        return e

    def latest():
        return last

    return add, latest, entries


add, latest, entries = make_log()  # ?rc entries add
first = add("boot ok")  # ?rc first
second = add("disk ok")  # ?rc first second
got = latest()  # ?rc got
cell = add.__closure__[0]  # ?rc cell


def counter(start):
    count = start  # ?rc count

    def inc(step):
        nonlocal count
        count += step  # ?rc count
        return count

    return inc


inc = counter(10 ** 6)  # ?rc inc
v1 = inc(3)  # ?rc v1
v2 = inc(4)  # ?rc v1 v2
entries.clear()  # ?rc first second
del add  # ?rc cell first
del latest, cell  # ?rc second
collected = gc.collect()  # -- the closures referenced each other through cells
del got  # ?rc second
print(v2 - v1, collected)
