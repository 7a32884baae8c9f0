# Monthly expense report over dict records: defaultdict with a lambda
# factory for [count, total] pairs, sorted with tuple keys, joined lines.
import gc
from collections import defaultdict

records = [
    {"month": "2024-01", "cat": "rent", "amount": 900.0},
    {"month": "2024-01", "cat": "food", "amount": 310.5},
    {"month": "2024-02", "cat": "food", "amount": 287.25},
    {"month": "2024-02", "cat": "rent", "amount": 900.0},
    {"month": "2024-02", "cat": "travel", "amount": 150.0},
]  # ?rc records
rent1 = records[0]  # ?rc rent1

summary = defaultdict(lambda: [0, 0.0])  # ?rc summary
for rec in records:
    slot = summary[rec["cat"]]  # ?rc slot
    slot[0] += 1
    slot[1] += rec["amount"]
del rec, slot
food = summary["food"]  # ?rc food


class Report:
    def __init__(self, rows):
        self.rows = sorted(rows, key=lambda r: (r["month"], -r["amount"]))
        self.months = sorted({r["month"] for r in rows})  # ?rc rows

    def lines(self):
        out = []
        for r in self.rows:
            line = "{month} {cat:<8} {amount:>8.2f}".format(**r)  # ?rc r
            out.append(line)
        return out


rep = Report(records)  # ?rc rep rent1
text_lines = rep.lines()  # ?rc text_lines
body = "\n".join(text_lines)  # ?rc body
months = rep.months  # ?rc months
by_month = {m: [r for r in rep.rows if r["month"] == m] for m in months}  # ?rc by_month rent1
jan = by_month["2024-01"]  # ?rc jan
averages = {cat: round(t / n, 2) for cat, (n, t) in summary.items()}  # ?rc averages
del rep  # ?rc rent1 months
del by_month  # ?rc jan rent1
records.pop(0)  # ?rc rent1
print(body)
print(averages, food, len(jan))
print(gc.collect())
