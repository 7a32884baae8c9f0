# Word frequency report with collections.Counter: counting split() tokens,
# merging per-document counters, most_common tuples and a joined summary.
import gc
from collections import Counter

docs = [
    "red apple green apple red pear",
    "green pear green apple blue plum",
    "blue plum red apple",
]  # ?rc docs


def count_doc(text):
    words = text.split()  # ?rc words
    c = Counter(words)  # ?rc c words
    return c


per_doc = [count_doc(d) for d in docs]  # ?rc per_doc
first = per_doc[0]  # ?rc first
total = Counter()  # ?rc total
for c in per_doc:
    total.update(c)  # ?rc c total
del c  # ?rc first
top = total.most_common(3)  # ?rc top
best = top[0]  # ?rc best top
pairs = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))  # ?rc pairs
lines = ["%s=%d" % kv for kv in pairs]  # ?rc lines
report = ", ".join(lines)  # ?rc report
parts = report.split(", ")  # ?rc parts
common = first & per_doc[1]  # ?rc common first
diff = total - first  # ?rc diff
del per_doc  # ?rc first
print(report, common, diff)
print(gc.collect())
