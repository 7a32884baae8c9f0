# Theme: zip(strict=True) and enumerate(start=...). Paired columns are walked
# with strict zip; a length mismatch raises ValueError after the shorter
# iterable ran out, while the tuples taken so far are kept.


class Col:
    def __init__(self, name):
        self.name = name


names = [Col("first name"), Col("last name"), Col("email address")]  # ?rc names
n0 = names[0]  # ?rc n0
widths = [12.5, 20.5, 30.5]  # ?rc widths
layout = []  # ?rc layout
for i, (col, w) in enumerate(zip(names, widths, strict=True), start=1):
    layout.append((i, col, w))  # ?rc col w
pairs = list(zip(names, widths, strict=True))  # ?rc pairs n0
first_pair = pairs[0]  # ?rc first_pair n0


def check(cols, ws):
    seen = []
    try:
        for c, w in zip(cols, ws, strict=True):
            seen.append(c)  # ?rc c seen
    except ValueError as err:
        msg = err.args[0]  # ?rc msg
    return seen


partial = check(names, widths[:2])  # ?rc partial n0 names
numbered = dict(enumerate(names, start=100))  # ?rc numbered n0
it = enumerate(names, 5)  # ?rc it names
idx, item = next(it)  # ?rc item n0
del it  # ?rc names


class Table:
    def __init__(self, cols):
        self.cols = cols

    def header(self):
        parts = []
        for pos, c in enumerate(self.cols, start=-1):
            parts.append(f"{pos}:{c.name}")  # ?rc c
        return parts


tbl = Table(names)  # ?rc tbl names
hdr = tbl.header()  # ?rc hdr n0
del layout, pairs, first_pair, partial, numbered, item, col  # ?rc n0
