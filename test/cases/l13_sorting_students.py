# Course exercise: ranking students. Sorting with key functions, lambdas,
# tuples as keys, reverse order, stable multi-pass sorts and sort in place.
import gc
from collections import namedtuple

Student = namedtuple("Student", ["name", "grade", "age"])


def by_grade_then_name(s):
    key = (-s.grade, s.name)  # ?rc key s
    return key


roster = [
    Student("Zoe Park", 88.5, 20),
    Student("Adam Ng", 92.0, 22),
    Student("Mia Cruz", 88.5, 19),
    Student("Liam Ode", 75.25, 21),
]  # ?rc roster
zoe = roster[0]  # ?rc zoe
ranked = sorted(roster, key=by_grade_then_name)  # ?rc ranked zoe
youngest = min(roster, key=lambda s: s.age)  # ?rc youngest
names = sorted(s.name for s in roster)  # ?rc names
first_name = names[0]  # ?rc first_name
by_age_desc = sorted(roster, key=lambda s: s.age, reverse=True)  # ?rc by_age_desc zoe
stable = sorted(roster, key=lambda s: s.name)  # ?rc stable
stable.sort(key=lambda s: s.grade)  # ?rc stable zoe
roster.sort(key=by_grade_then_name)  # ?rc roster zoe
top = roster[:2]  # ?rc top
grades = {s.name: s.grade for s in roster}  # ?rc grades
order = sorted(grades, key=grades.get, reverse=True)  # ?rc order
older = zoe._replace(age=zoe.age + 1)  # ?rc older zoe
as_dict = zoe._asdict()  # ?rc as_dict zoe
name, grade, age = zoe  # ?rc name grade
fields = Student._fields  # ?rc fields


class Ranker:
    def __init__(self, weight):
        self.weight = weight
        self.seen = []

    def __call__(self, s):
        self.seen.append(s)  # ?rc s
        return s.grade * self.weight - s.age


ranker = Ranker(1.5)  # ?rc ranker
custom = sorted(roster, key=ranker)  # ?rc custom ranker zoe
seen = ranker.seen  # ?rc seen
del ranked, by_age_desc, stable, custom, top  # ?rc zoe
ranker.seen.append(ranker)
del ranker, seen
print(gc.collect())
del roster  # ?rc zoe youngest
print(youngest, names, order, older, as_dict, grade, age, fields, first_name)
