# A file-free "database" of records: sorting and grouping.
import itertools
import sys
from collections import Counter, defaultdict


class Record:
    def __init__(self, name: str, dept: str, salary: float):
        self.name = name
        self.dept = dept
        self.salary = salary

    def __repr__(self):
        return f"Record({self.name!r}, {self.dept!r})"


rows = [
    ("Ann Lee", "sales dept", 50.5 * 1000),
    ("Bob Ray", "dev team", 70.5 * 1000),
    ("Cid Moe", "sales dept", 55.5 * 1000),
    ("Dee Fox", "dev team", 80.5 * 1000),
    ("Eve Kim", "hr office", 45.5 * 1000),
]
db = [Record(*r) for r in rows]  # ?rc db rows
ann = db[0]  # ?rc ann
by_salary = sorted(db, key=lambda r: r.salary, reverse=True)  # ?rc by_salary ann
top = by_salary[0]  # ?rc top
by_dept = sorted(db, key=lambda r: r.dept)  # ?rc ann
groups = {}
for dept, members in itertools.groupby(by_dept, key=lambda r: r.dept):
    groups[dept] = list(members)  # ?rc dept
sales = groups["sales dept"]  # ?rc sales ann
index = defaultdict(list)  # ?rc index
for rec in db:
    index[rec.dept].append(rec)  # ?rc rec
dev = index["dev team"]  # ?rc dev top
counts = Counter(r.dept for r in db)  # ?rc counts
common = counts.most_common(1)  # ?rc common
payroll = {d: sum(r.salary for r in rs) for d, rs in index.items()}  # ?rc payroll
dev_total = payroll["dev team"]  # ?rc dev_total
names = [r.name for r in db if r.salary > 50000]  # ?rc names
name0 = names[0]  # ?rc name0
del by_salary, by_dept  # ?rc ann top
del groups, sales  # ?rc ann
index.clear()  # ?rc ann top
print(sys.getrefcount(ann))
del db  # ?rc ann top
from collections import namedtuple
from operator import attrgetter, itemgetter

Row = namedtuple("Row", "name dept salary")
nt = [Row(*r) for r in rows]  # ?rc nt
richest = max(nt, key=itemgetter(2))  # ?rc richest
getter = attrgetter("salary")  # ?rc getter
poorest = min(nt, key=getter)  # ?rc poorest getter
cols = list(zip(*rows))  # ?rc cols
col0 = cols[0]  # ?rc col0
pairs = sorted(payroll.items())  # ?rc pairs


class Table:
    def __init__(self, records):
        self._records = list(records)

    def __getattr__(self, name):
        return [getattr(r, name) for r in self._records]

    def __getitem__(self, i):
        return self._records[i]

    def __setitem__(self, i, rec):
        self._records[i] = rec

    def __delitem__(self, i):
        del self._records[i]


tbl = Table(nt)  # ?rc tbl nt
rec0 = tbl[0]  # ?rc rec0
salaries = tbl.salary  # ?rc salaries
tbl[0] = richest  # ?rc richest rec0
del tbl[1]  # ?rc tbl
has_name = hasattr(rec0, "name")  # ?rc rec0
sal = getattr(richest, "salary")  # ?rc sal
from functools import reduce, cmp_to_key
import bisect
total_pay = reduce(lambda acc, r: acc + r.salary, db_copy := list(nt), 0.0)  # ?rc total_pay
by_name = sorted(nt, key=cmp_to_key(lambda a, b: (a.name > b.name) - (a.name < b.name)))  # ?rc by_name
ladder = []
for r in nt:
    bisect.insort(ladder, r.salary)  # ?rc ladder
chained = list(itertools.chain(nt, db_copy))  # ?rc chained richest
class Index(dict):
    def __missing__(self, key):
        bucket = self[key] = []
        return bucket  


idx = Index()  # ?rc idx
idx[ann.dept].append(ann)  # ?rc ann
