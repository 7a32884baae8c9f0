# Theme: unpacking inside `for` headers with enumerate and zip. The iterators
# reuse their result tuple when nobody else keeps it; nested targets bind the
# elements directly.


class Student:
    def __init__(self, name):
        self.name = name


names = ["Ann A.", "Bob B.", "Cy C."]
students = [Student(n) for n in names]  # ?rc students
grades = [91.5, 78.25, 88.0]
s0 = students[0]  # ?rc s0

for i, st in enumerate(students):
    tag = st  # ?rc st tag
for st, g in zip(students, grades):
    pass  # ?rc st g
for idx, (st, g) in enumerate(zip(students, grades)):
    last_g = g  # ?rc st last_g

pairs = list(zip(students, grades))  # ?rc s0 pairs
p0 = pairs[0]  # ?rc p0
who, score = p0  # ?rc p0
unzipped = list(zip(*pairs))  # ?rc s0 unzipped
col_students, col_grades = unzipped  # ?rc col_students unzipped


def ranked(sts, gs):
    table = sorted(zip(gs, sts), key=lambda t: t[0], reverse=True)  # ?rc table
    best_g, best_s = table[0]  # ?rc best_s
    return [s for _, s in table]


order = ranked(students, grades)  # ?rc order s0
lookup = dict(zip(names, students))  # ?rc s0 lookup
del pairs, p0, who  # ?rc s0
del unzipped, col_students  # ?rc s0
del tag, st  # ?rc s0
print([s.name for s in order])
