# Course exercise: parsing "name: score score score" lines with the walrus
# operator, extended unpacking in assignments and star-args in calls.
import gc

LINES = [
    "alice smith: 7.5 8.0 9.25",
    "bob jones: 6.0",
    "",
    "carol white: 9.5 9.75 8.5 10.0",
]


def average(first, *rest):
    total = first + sum(rest)  # ?rc rest
    return total / (1 + len(rest))


def report(name, *scores, sep=" | ", **extra):
    parts = [name, *map(str, scores)]  # ?rc parts extra
    line = sep.join(parts)
    return line


records = []  # ?rc records
for raw in LINES:
    if (colon := raw.find(":")) < 0:
        continue
    name = raw[:colon]  # ?rc name
    values = [float(v) for v in raw[colon + 1:].split()]  # ?rc values
    best, *others = sorted(values, reverse=True)  # ?rc best others
    records.append((name, values))

head, *middle, tail = records  # ?rc head middle tail records
first_name, first_values = head  # ?rc first_name first_values
mean = average(*first_values)  # ?rc mean first_values
text = report(*head[:1], *first_values, tag="top")  # ?rc text first_values
options = {"sep": " / ", "when": "2024-01-01 10:00"}  # ?rc options
text2 = report(first_name, 1.5, **options)  # ?rc text2 options first_name
merged = {**options, "extra key!": first_values}  # ?rc merged first_values options
combined = [*first_values, *tail[1]]  # ?rc combined
if (n := len(combined)) > 3:
    big = combined[:n // 2]  # ?rc big
(a, b), c = (first_values[:2], tail)  # ?rc a c tail
x, y = y, x = 1.5 * 2, 2.5 * 2  # ?rc x y
data = [chunk for r in records if (chunk := r[1][:1])]  # ?rc data chunk
del head, middle, records  # ?rc first_values tail
loop = [merged]
merged["self"] = loop
del loop, merged
print(gc.collect())
print(mean, text, text2, big, a, b, c, data)  # ?rc first_name
