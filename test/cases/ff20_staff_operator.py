# Theme: sorting and projecting employee records with operator.attrgetter,
# itemgetter and methodcaller: multi-key sorts, max by key, projections,
# and a table built with str.join and nested format specs.
import gc
import sys
from operator import attrgetter, itemgetter, methodcaller


class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary


staff = [
    Employee("Grace H.", "eng", 185000.0),
    Employee("Alan T.", "research", 172500.0),
    Employee("Ada L.", "eng", 190250.0),
]  # ?rc staff
ada = staff[2]  # ?rc ada
by_salary = attrgetter("salary")  # ?rc by_salary
ranked = sorted(staff, key=by_salary, reverse=True)  # ?rc ranked ada
multi = sorted(staff, key=attrgetter("dept", "name"))  # ?rc multi ada
richest = max(staff, key=by_salary)  # ?rc richest
rows = [(e.name, e.dept, e.salary) for e in staff]  # ?rc rows
get_pay = itemgetter(2, 0)  # ?rc get_pay
pay_name = get_pay(rows[0])  # ?rc pay_name
pays = list(map(itemgetter(2), rows))  # ?rc pays
top_pay = pays[2]  # ?rc top_pay
upper = list(map(methodcaller("upper"), (e.name for e in staff)))  # ?rc upper
width = max(map(len, upper))
table = "\n".join(f"{n:<{width}} {d:>10} {s:>12,.2f}" for n, d, s in rows)  # ?rc table
header = "{:<{w}} {:>10} {:>12}".format("NAME", "DEPT", "SALARY", w=width)  # ?rc header
del ranked, multi, richest  # ?rc ada
print(sys.getrefcount(staff[0]), header, table, gc.collect())
