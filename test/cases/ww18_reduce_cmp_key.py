# Theme: functools.reduce merging dicts and lists, and cmp_to_key for a
# multi-field comparison; the key wrappers vanish after sorting.
import gc
from functools import cmp_to_key, reduce


def merge(acc, item):
    acc.setdefault(item["team"], []).append(item)
    return acc


rows = [
    {"team": "red team", "score": 3.5},
    {"team": "blue team", "score": 7.25},
    {"team": "red team", "score": 1.75},
]  # ?rc rows
r0 = rows[0]  # ?rc r0
groups = reduce(merge, rows, {})  # ?rc groups r0
red = groups["red team"]  # ?rc red r0
total = reduce(lambda a, r: a + r["score"], rows, 0.0)  # ?rc total
flat = reduce(lambda a, b: a + b, [[r0], [r0], [r0]])  # ?rc flat r0


def by_score_desc(a, b):
    if a["score"] == b["score"]:
        return 0
    return -1 if a["score"] > b["score"] else 1


key = cmp_to_key(by_score_desc)  # ?rc key
ranked = sorted(rows, key=key)  # ?rc ranked r0
top = ranked[0]  # ?rc top
k0 = key(r0)  # ?rc k0 r0
del k0  # ?rc r0
mx = max(rows, key=cmp_to_key(by_score_desc))  # ?rc mx
rows.sort(key=key, reverse=True)  # ?rc rows r0
longest = reduce(max, [[1.5], [2.5, 3.5], [0.5]])  # ?rc longest
r0["group"] = groups  # ?rc groups
del groups, red, flat, ranked, rows  # ?rc r0
del r0, top, mx
print(gc.collect())
