# Theme: closures that update nonlocal counters and lists inside loops and
# exception handlers; the handler remembers the last failing item.


class Item:
    def __init__(self, ok):
        self.ok = ok


def make_counter():
    good = 0
    bad = 0
    last_bad = None

    def check(item):
        nonlocal good, bad, last_bad
        try:
            if not item.ok:
                raise ValueError(item)
            good += 1
        except ValueError as e:
            bad += 1
            last_bad = e.args[0]  # ?rc item
        return last_bad

    def totals():
        return [good, bad, last_bad]

    return check, totals


items = [Item(True), Item(False), Item(True), Item(False)]  # ?rc items
check, totals = make_counter()  # ?rc check totals
i3 = items[3]  # ?rc i3
for it in items:
    res = check(it)
t = totals()  # ?rc t i3
cell_holder = check.__closure__  # ?rc cell_holder
del it, res  # ?rc i3
items.pop()  # ?rc i3
del t  # ?rc i3
del check  # ?rc i3 totals
del totals, cell_holder  # ?rc i3
