# Theme: building strings. `s += part` makes a new string each time (CPython
# may resize in place when the name holds the only reference); join builds
# once. Non-identifier literals are shared constants.

SEP = ", "  # ?rc SEP
HEADER = "Name | Score"  # ?rc HEADER


class Row:
    def __init__(self, name, score):
        self.name = name
        self.score = score


rows = [Row("ann b", 9.5), Row("bo c", 7.25), Row("cy d", 8.0)]
line = HEADER  # ?rc HEADER line
line += "\n"  # ?rc HEADER line
for r in rows:
    cell = r.name + " | " + str(r.score)  # ?rc cell
    line += cell + "\n"  # ?rc line
out = line  # ?rc out


def csv(items):
    parts = [it.name for it in items]  # ?rc parts
    joined = SEP.join(parts)  # ?rc joined
    kept = joined  # ?rc joined
    joined += "."  # ?rc joined kept
    return kept


text = csv(rows)  # ?rc text SEP
name0 = rows[0].name  # ?rc name0
upper = name0.upper()  # ?rc upper
same = name0.strip()  # ?rc name0 same
fmt = "%s scored %.1f" % (name0, rows[0].score)  # ?rc fmt
fs = f"{name0}!"  # ?rc fs
del out  # ?rc line
print(line, text, fmt, fs)
