# Theme: sorting with key functions. sorted() returns a new list holding the
# same objects; the key results are dropped afterwards; list.sort reorders in
# place; min/max return one of the objects.
from operator import attrgetter


class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade


roster = [Student("Ann Lee", 3.5), Student("Bo Chan", 2.5), Student("Cy Dunn", 3.9)]
ann = roster[0]  # ?rc ann
by_grade = sorted(roster, key=lambda s: s.grade)  # ?rc ann by_grade
best = max(roster, key=lambda s: s.grade)  # ?rc best
worst = min(by_grade, key=attrgetter("grade"))  # ?rc worst
roster.sort(key=lambda s: s.name, reverse=True)  # ?rc ann roster
keyfunc = lambda s: (-s.grade, s.name)
ranked = list(enumerate(sorted(roster, key=keyfunc), 1))  # ?rc best
top = ranked[0]  # ?rc top best
grades = [s.grade for s in roster]  # ?rc grades
g_ann = ann.grade  # ?rc g_ann
ordered = sorted(grades, reverse=True)  # ?rc g_ann
by_name = {s.name: s for s in roster}  # ?rc ann
names = sorted(by_name, key=lambda n: by_name[n].grade)  # ?rc names ann
pairs = sorted(by_name.items(), key=lambda kv: kv[1].grade)  # ?rc pairs ann
del by_grade, ranked, top  # ?rc ann best


def rank(people, key=attrgetter("grade")):
    result = sorted(people, key=key)  # ?rc people
    result.reverse()
    return result


again = rank(roster)  # ?rc again ann
del roster, again, by_name, pairs  # ?rc ann worst
