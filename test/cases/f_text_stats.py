# Application: text processing: split/join/format, int parsing, counting in
# dicts, sorting with key=lambda and reverse=True, tuple unpacking in loops,
# enumerate/zip/reversed and star-unpacking.
import sys

REPORT = """alice,42,engineering
bob,17,sales
carol,42,engineering
dave,8,support
erin,23,sales"""


def parse(text):
    rows = []
    for line in text.splitlines():
        name, score, dept = line.split(",")
        rows.append((name, int(score) * 1000, dept))  # ?rc rows
    return rows


def count_by(rows, idx):
    counts = {}
    for row in rows:
        key = row[idx]
        counts[key] = counts.get(key, 0) + 1
    return counts


rows = parse(REPORT)  # ?rc rows
first, *middle, last = rows  # ?rc first middle last
by_dept = count_by(rows, 2)  # ?rc by_dept
ranked = sorted(rows, key=lambda r: (-r[1], r[0]))  # ?rc ranked first
top = ranked[0]  # ?rc top
desc = sorted(by_dept.items(), key=lambda kv: kv[1], reverse=True)  # ?rc desc
lines = []
for i, (name, score, dept) in enumerate(ranked, start=1):
    lines.append("%d. %-6s %6d %s" % (i, name, score, dept))  # ?rc score
table = "\n".join(lines)  # ?rc table
names = [r[0] for r in rows]  # ?rc names
paired = list(zip(names, reversed(names)))  # ?rc paired
pair = paired[0]  # ?rc pair
for idx, (a, b) in enumerate(paired):
    tag = "{}<->{}".format(a, b)  # ?rc tag
total = sum(score for _, score, _ in rows)  # ?rc total
mean = total / len(rows)  # ?rc mean
head, *tail = table.split("\n")  # ?rc head tail
words = " ".join(reversed(head.split()))  # ?rc words
big = int("9" * 30)  # ?rc big
print(table, mean, words, sys.getrefcount(top))
del ranked, middle  # ?rc first top
