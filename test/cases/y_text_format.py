# Theme: a report formatter: str.split / join / format, f-strings, a
# table of rows as lists of strings, column widths from max, and a cache
# of formatted lines keyed by tuples.
import sys

raw = "name,qty,price\nwidget,4,2.50\ngadget,10,0.75\ngizmo,1,99.90"  # ?rc raw
rows = [line.split(",") for line in raw.split("\n")]  # ?rc rows
header = rows[0]  # ?rc header rows
body = rows[1:]  # ?rc body header
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]  # ?rc widths


def fmt_row(cells, widths):
    parts = [c.ljust(w) for c, w in zip(cells, widths)]  # ?rc parts
    return " | ".join(parts)


lines = [fmt_row(header, widths)]  # ?rc lines
for r in body:
    lines.append(fmt_row(r, widths))  # ?rc r
table = "\n".join(lines)  # ?rc table
print(table)
cache = {}
for r in body:
    key = tuple(r)  # ?rc key
    cache[key] = "{0:>8}: {1}".format(r[0], float(r[2]) * int(r[1]))
first_key = next(iter(cache))  # ?rc first_key
summary = f"{len(cache)} items, total {sum(float(r[2]) * int(r[1]) for r in body):.2f}"  # ?rc summary
print(summary, sys.getrefcount(table))
words = table.split()  # ?rc words
upper = [w.upper() for w in words if len(w) > 3]  # ?rc upper
joined = "-".join(upper)  # ?rc joined
del rows  # ?rc header body
del lines  # ?rc table
del cache  # ?rc first_key
