# Theme: partial objects as dispatch table entries. Each entry binds a shared
# formatter object and a per-entry option dict; partial of a partial flattens
# into one object that holds the innermost function directly.
import functools
import gc


class Formatter:
    def __init__(self, width):
        self.width = width
        self.used = 0

    def fmt(self, value, *, style):
        self.used += 1
        return [style["prefix"], round(value, style["digits"])]


def apply(formatter, value, *, style):
    return formatter.fmt(value, style=style)


money = {"prefix": "EUR ", "digits": 2}  # ?rc money
percent = {"prefix": "% ", "digits": 1}  # ?rc percent
fm = Formatter(12)  # ?rc fm
table = {
    "money": functools.partial(apply, fm, style=money),
    "percent": functools.partial(apply, fm, style=percent),
}  # ?rc fm money
entry = table["money"]  # ?rc entry
r = entry(12.3456)  # ?rc r money
for kind in ("money", "percent", "money"):
    out = table[kind](3.14159)  # ?rc out
base = functools.partial(apply, fm)  # ?rc fm base
styled = functools.partial(base, style=percent)  # ?rc base styled percent
inner_fn = styled.func  # ?rc inner_fn
del base  # ?rc fm
del entry, out
table.clear()  # ?rc money fm
styled(0.5)  # ?rc percent
fm.self_ref = functools.partial(apply, fm, style=money)  # ?rc fm money
del fm, styled  # ?rc percent money
print(gc.collect())  # formatter <-> partial cycle
