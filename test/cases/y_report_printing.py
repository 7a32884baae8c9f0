# Theme: a report printer: rows formatted into lines that are printed,
# kept in a list, and looked at again; headers printed once and reused.
import sys


class Row:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def __str__(self):
        return self.name


def render(rows, width):
    out = []
    for r in rows:
        line = r.name.ljust(width) + "|" + str(r.qty).rjust(4)
        out.append(line)  # ?rc line
    return out


title = "-".join(["stock", "report"])  # ?rc title
print(title)  # ?rc title
rows = [Row("apples and pears", 3, 1.5), Row("bread", 12, 2.25), Row("cheese", 1, 7.5)]
lines = render(rows, 18)  # ?rc lines
first = lines[0]  # ?rc first
for text in lines:
    print(text)
print(sys.getrefcount(first))
name = rows[1].name  # ?rc name
print(rows[1])  # ?rc name -- __str__ returns the attribute itself
print(name, "x", 3, 1.5, sep=", ")  # ?rc name
footer = "total: " + str(sum(r.qty for r in rows))  # ?rc footer
print(footer, end="")  # ?rc footer
print(flush=True)
print("done", title)  # ?rc title footer first
del lines  # ?rc first
del rows  # ?rc name
