# Application: building a text report from CSV-like records with split,
# strip, str.join, f-strings, str.format and %-formatting.
import gc
import sys

RAW = """\
  id ; name      ; dept  ; salary
  1  ; Ann Lee   ; eng   ; 5200.5
  2  ; Bo Chen   ; ops   ; 4100.0
  3  ; Cy Diaz   ; eng   ; 6100.25
"""


def parse(raw):
    lines = [ln for ln in raw.splitlines() if ln.strip()]
    header = [h.strip() for h in lines[0].split(";")]
    rows = []
    for ln in lines[1:]:
        cells = [c.strip() for c in ln.split(";")]
        rows.append(dict(zip(header, cells)))
    table = rows  # ?rc table header
    return header, rows


def fmt_row(row, width):
    name = row["name"]
    cell = f"{name:<{width}}|{float(row['salary']):>10.2f}"
    return cell


header, rows = parse(RAW)  # ?rc header rows
row0 = rows[0]  # ?rc row0
name0 = row0["name"]  # ?rc name0
width = max(len(r["name"]) for r in rows) + 2  # ?rc width
body = [fmt_row(r, width) for r in rows]  # ?rc body
report = "\n".join(body)  # ?rc report body
title = "Payroll for {} staff".format(len(rows))  # ?rc title
pct = "%s earns %.1f%%" % (name0, 12.5)  # ?rc pct name0
joined = " | ".join(header)  # ?rc joined
upper = joined.upper()  # ?rc upper
parts = upper.split(" | ")  # ?rc parts
same = joined.strip()  # ?rc same joined
empty = "".join([])  # ?rc empty
single = "".join([name0])  # ?rc single name0
depts = sorted({r["dept"] for r in rows})  # ?rc depts
line = "-" * 20  # ?rc line
print(title, line, report, sep="\n")
print(sys.getrefcount(name0), sys.getrefcount(report))
rows.append(rows)  # ?rc rows
del rows, row0  # ?rc name0
print(gc.collect())
