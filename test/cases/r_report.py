# A sales report builder: rows of (region, amount) tuples, totals per region,
# a formatted table made with f-strings and join, and module constants.
import sys

HEADER = "Region | Amount | Share"  # ?rc HEADER
RULE = "-" * 30  # ?rc RULE
PRECISION = 2
ROWS = [("north", 1250.5), ("south", 980.25), ("east", 1250.5), ("west", 42.0)]  # ?rc ROWS


def totals(rows):
    acc = {}
    for region, amount in rows:
        acc[region] = acc.get(region, 0.0) + amount  # ?rc amount
    return acc


def fmt_row(region, amount, grand):
    share = amount / grand * 100
    line = f"{region:<6} | {amount:>8.{PRECISION}f} | {share:5.1f}%"  # ?rc line
    return line


def build(rows, title="Quarterly sales (Q3)"):
    acc = totals(rows)
    grand = sum(acc.values())  # ?rc grand
    lines = [title, HEADER, RULE]  # ?rc title lines
    for region in sorted(acc):
        lines.append(fmt_row(region, acc[region], grand))
    lines.append(RULE)
    lines.append(f"total  | {grand:>8.2f}")
    return "\n".join(lines)


first_amount = ROWS[0][1]  # ?rc first_amount
same_amount = ROWS[2][1]  # ?rc first_amount same_amount
report = build(ROWS)  # ?rc report HEADER RULE
again = build(ROWS[:2], title="North and south only")  # ?rc again ROWS
parts = report.split("\n")  # ?rc parts
head = parts[1]  # ?rc head HEADER
width = len(RULE)  # ?rc width
empty = "".join([])  # ?rc empty
flag = width > 20  # ?rc flag
nothing = print(report)  # ?rc nothing
print(sys.getrefcount(RULE))
print(sys.getrefcount(first_amount))
