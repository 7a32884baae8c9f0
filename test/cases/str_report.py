# Theme: building a text report with str methods: join, split, format,
# f-strings, strip/replace that may hand back the very same string.

title = "Quarterly sales: " + str(2024)  # ?rc title
parts = title.split(": ")  # ?rc parts
alone = "".join([title])  # ?rc alone title
glued = " | ".join([title, title])  # ?rc glued title
f1 = f"{title}"  # ?rc f1 title
f2 = f"{title}!"  # ?rc f2 title
fmt = "{}".format(title)  # ?rc fmt title
stripped = title.strip()  # ?rc stripped title
replaced = title.replace("@", "#")  # ?rc replaced title
upper = title.upper()  # ?rc upper title
as_str = str(title)  # ?rc as_str title
whole = title[:]  # ?rc whole title
head, sep, tail = title.partition(": ")  # ?rc head tail
del alone, f1, fmt, stripped, replaced, as_str, whole  # ?rc title
rows = []
for region, amount in [("north", 12.5), ("south", 7.25)]:
    line = f"{region:>8} {amount:8.2f}"
    rows.append(line)  # ?rc line
report = "\n".join(rows)  # ?rc report rows
words = report.split()  # ?rc words
first = words[0]  # ?rc first
del words  # ?rc first
