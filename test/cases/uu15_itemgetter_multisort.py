# Theme: sorting employee rows on several keys: itemgetter with multiple
# indices builds key tuples, a two-pass stable sort with attrgetter, and
# methodcaller to normalise names; the key tuples do not survive the sort.
from operator import attrgetter, itemgetter, methodcaller

rows = [
    ["ops", "Zed Ray", 71000.0, 3],
    ["eng", "amy Lo", 98000.0, 5],
    ["eng", "Bo Chen", 98000.0, 2],
    ["ops", "cy Dunn", 64000.0, 7],
]  # ?rc rows
r1 = rows[1]  # ?rc r1
dept_pay = itemgetter(0, 2)  # ?rc dept_pay
key1 = dept_pay(r1)  # ?rc key1 r1
ordered = sorted(rows, key=dept_pay, reverse=True)  # ?rc ordered r1
rows.sort(key=itemgetter(3))  # ?rc rows r1
rows.sort(key=itemgetter(0))  # ?rc rows
fold = methodcaller("casefold")  # ?rc fold
names = [fold(r[1]) for r in rows]  # ?rc names
name0 = names[0]  # ?rc name0
get_name = itemgetter(1)  # ?rc get_name
picked = list(map(get_name, ordered))  # ?rc picked
top = max(rows, key=itemgetter(2, 3))  # ?rc top
pay_col = [r[2] for r in rows]  # ?rc pay_col
raise_by = [p * 1.05 for p in pay_col]  # ?rc raise_by
for r, new in zip(rows, raise_by):
    r[2] = new  # ?rc new
del raise_by, pay_col  # ?rc new
del ordered  # ?rc r1 top
print(picked, name0, key1)
