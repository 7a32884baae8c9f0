# Theme: sort tuple records by department with operator.itemgetter, group them
# with itertools.groupby and keep each group as a list. Groups share the
# record tuples; the sort key function is held by nothing afterwards.
from itertools import groupby
from operator import itemgetter

records = [
    ("eng", "alice smith", 125000.0),
    ("ops", "bob jones", 88000.0),
    ("eng", "carol wu", 131000.0),
    ("sales", "dan ortiz", 72000.0),
    ("ops", "eve adams", 91000.0),
]  # ?rc records
rec0 = records[0]  # ?rc rec0
by_dept = itemgetter(0)  # ?rc by_dept
ordered = sorted(records, key=by_dept)  # ?rc ordered rec0 by_dept
groups = {}
for dept, members in groupby(ordered, key=by_dept):
    groups[dept] = list(members)  # ?rc ordered
eng = groups["eng"]  # ?rc eng rec0
salary = itemgetter(2)  # ?rc salary
payroll = {d: sum(map(salary, ms)) for d, ms in groups.items()}  # ?rc payroll
eng_total = payroll["eng"]  # ?rc eng_total
top_paid = max(records, key=salary)  # ?rc top_paid
name_of = itemgetter(1, 2)  # ?rc name_of
pairs = [name_of(r) for r in ordered]  # ?rc pairs
pair0 = pairs[0]  # ?rc pair0
del ordered  # ?rc rec0 top_paid
del groups  # ?rc eng rec0
del records  # ?rc rec0 eng
print(eng_total, pair0, len(eng))
