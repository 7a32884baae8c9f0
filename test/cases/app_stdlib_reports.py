# Theme: a reporting job using common stdlib helpers: sorted with
# operator.attrgetter, itertools.groupby and chain, functools.reduce,
# json round trips and an Enum for statuses.
import gc
import itertools
import json
import sys
from enum import Enum
from functools import reduce
from operator import attrgetter


class Status(Enum):
    OK = 1
    FAIL = 2


class Row:
    def __init__(self, group, score, status):
        self.group = group
        self.score = score
        self.status = status


rows = [Row("g-%d" % (i % 2), 1.5 * i, Status.OK if i % 3 else Status.FAIL) for i in range(6)]  # ?rc rows
best = max(rows, key=attrgetter("score"))  # ?rc best
ordered = sorted(rows, key=attrgetter("group"))  # ?rc best ordered
groups = {k: list(g) for k, g in itertools.groupby(ordered, key=attrgetter("group"))}  # ?rc best groups
both = list(itertools.chain(rows[:2], rows[-2:]))  # ?rc both
total = reduce(lambda acc, r: acc + r.score, rows, 0.0)  # ?rc total
failed = [r for r in rows if r.status is Status.FAIL]  # ?rc failed
text = json.dumps({"total": total, "n": len(rows)})  # ?rc text
back = json.loads(text)  # ?rc back
print(sys.getrefcount(best))
del ordered, groups, both  # ?rc best
first = rows[0]  # ?rc first
first.me = first
del rows, failed, first  # ?rc best
print(gc.collect())  # rows[0] in a cycle with itself
