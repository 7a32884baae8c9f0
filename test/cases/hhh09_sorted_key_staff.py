# Sorting employee records several ways: sorted() with attrgetter, itemgetter,
# lambdas and tuple keys; list.sort in place; results share the records.
from operator import attrgetter, itemgetter


class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary


staff = [
    Employee("Zoe K", "ops", 5200.0),
    Employee("Adam P", "dev", 6100.0),
    Employee("Mia R", "dev", 5800.0),
    Employee("Liam O", "ops", 4900.0),
]  # ?rc staff
zoe, adam = staff[0], staff[1]  # ?rc zoe adam
by_name = sorted(staff, key=attrgetter("name"))  # ?rc by_name zoe
by_pay = sorted(staff, key=lambda e: e.salary, reverse=True)  # ?rc by_pay adam
by_dept_pay = sorted(staff, key=lambda e: (e.dept, -e.salary))  # ?rc by_dept_pay
getter = attrgetter("dept", "name")  # ?rc getter
keyed = sorted(staff, key=getter)  # ?rc getter keyed


def top_per_dept(people):
    best = {}
    for e in sorted(people, key=attrgetter("salary")):
        best[e.dept] = e  # ?rc e best
    return best


leaders = top_per_dept(staff)  # ?rc leaders adam
rows = [(e.name, e.salary) for e in staff]  # ?rc rows
rows.sort(key=itemgetter(1))  # ?rc rows
cheapest = rows[0]  # ?rc cheapest
names = ", ".join(name for name, _ in rows)  # ?rc names
del by_name, by_pay, by_dept_pay  # ?rc zoe adam
del keyed  # ?rc zoe
staff.reverse()  # ?rc staff
del leaders  # ?rc adam
print(names, cheapest, getter(zoe))
