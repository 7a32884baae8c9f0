# Dataclasses with cycles and enum members held in cycles: enum members
# are singletons owned by their class, dataclass instances are ordinary
# objects whose generated __eq__ and __repr__ do not change ownership.
import dataclasses
import enum
import gc


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass
class Employee:
    name: str
    color: Color
    manager: "Employee" = None
    reports: list = dataclasses.field(default_factory=list)


def hire(name, manager):
    e = Employee(name, Color.GREEN, manager)  # ?rc e
    manager.reports.append(e)  # ?rc e manager
    return e


gc.collect()
red = Color.RED  # ?rc red
red2 = Color(1)  # ?rc red red2
boss = Employee("the boss!", red)  # ?rc boss red
w1 = hire("worker one!", boss)  # ?rc w1 boss
w2 = hire("worker two!", boss)  # ?rc w2 boss
team = boss.reports  # ?rc team
print(w1 is w2, w1.name == w2.name)
del team  # ?rc boss
fields = dataclasses.fields(boss)  # ?rc fields
del fields
as_tuple = (w1.name, w1.color)  # ?rc as_tuple
del as_tuple
del w1, w2  # ?rc boss
del boss  # ?rc red
print(gc.collect())  # boss, two workers, the reports lists
green = Color.GREEN  # ?rc green
members = list(Color)  # ?rc members green
del members  # ?rc green
box = [green]
box.append(box)  # ?rc box green
del box  # ?rc green
print(gc.collect())  # only the list
for i in range(3):
    solo = Employee(i * 1.5, Color.RED)  # ?rc solo
    solo.manager = solo  # ?rc solo
del solo
print(gc.collect())  # three self-managed employees
copy_emp = dataclasses.replace(Employee("copy me!", green), name="copied!")  # ?rc copy_emp
del copy_emp
print(gc.collect())
