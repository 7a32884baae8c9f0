# Sorting and projecting program records with operator.attrgetter/itemgetter/methodcaller.
import gc
import operator


class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary

    def raise_by(self, pct):
        return self.salary * (100 + pct) // 100


staff = [Employee("ann", "ops", 5100), Employee("bob", "dev", 6200), Employee("cy", "dev", 4800)]  # ?rc staff
by_salary = operator.attrgetter("salary")  # ?rc by_salary
ranked = sorted(staff, key=by_salary)  # ?rc ranked staff
top = ranked[-1]  # ?rc top
two = operator.attrgetter("dept", "name")  # ?rc two
pair = two(top)  # ?rc pair top
rows = [[e.name, e.salary] for e in staff]  # ?rc rows
second = operator.itemgetter(1)  # ?rc second
best_row = max(rows, key=second)  # ?rc best_row rows
pick = operator.itemgetter(0, 1)  # ?rc pick
tup = pick(rows)  # ?rc tup best_row
bump = operator.methodcaller("raise_by", 10)  # ?rc bump
raised = list(map(bump, staff))  # ?rc raised
keyed = {e.name: e for e in staff}  # ?rc keyed
get_bob = operator.itemgetter("bob")  # ?rc get_bob
bob = get_bob(keyed)  # ?rc bob
del staff, ranked  # ?rc top bob
keyed.clear()  # ?rc bob top
gc.collect()  # ?rc bob
