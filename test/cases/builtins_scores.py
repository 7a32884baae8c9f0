# Theme: grading student scores with builtins: sorted, min, max, zip,
# enumerate, reversed, map, filter, any, all, sum, len, isinstance,
# getattr/setattr/hasattr, id, iter/next.
import sys


class Student:
    def __init__(self, name, score):
        self.name = name
        self.score = score


alice = Student("Alice Smith", 91.5)  # ?rc alice
bob = Student("Bob Jones", 78.25)  # ?rc bob
carol = Student("Carol White", 85.0)  # ?rc carol
group = [alice, bob, carol]
ranked = sorted(group, key=lambda s: s.score, reverse=True)  # ?rc alice bob
best = max(group, key=lambda s: s.score)  # ?rc best alice
worst = min(group, key=lambda s: s.score)  # ?rc worst bob
scores = [s.score for s in group]  # ?rc scores
total = sum(scores)  # ?rc total
mean = total / len(scores)  # ?rc mean
top = max(scores)  # ?rc top
passed = list(filter(lambda s: s.score > 80, group))  # ?rc alice carol bob
names = list(map(lambda s: s.name, group))  # ?rc names
pairs = list(zip(names, group))  # ?rc alice
for i, st in enumerate(reversed(group)):
    ok = isinstance(st, Student)  # ?rc st
flag = any(s.score > 90 for s in group)  # ?rc alice
every = all(hasattr(s, "score") for s in group)  # ?rc bob
setattr(bob, "grade", ["B", "+"])
grade = getattr(bob, "grade")  # ?rc grade
missing = getattr(bob, "nickname", group)  # ?rc missing
ident = id(alice)  # ?rc ident alice
it = iter(group)  # ?rc it group
nxt = next(it)  # ?rc nxt alice
print(sys.getrefcount(alice))
print(sys.getrefcount(it))
del ranked, passed, pairs, best, worst  # ?rc alice bob carol
del it, nxt, st  # ?rc alice group
