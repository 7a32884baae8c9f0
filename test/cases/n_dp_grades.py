# Theme: a grade book: students as dataclasses with order=True, letter
# grades from an Enum, sorting by several keys, per-grade buckets in a
# defaultdict, and a text report. A ranking list and buckets share students.
import gc
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from enum import Enum


class Letter(Enum):
    A = 90
    B = 80
    C = 70
    F = 0

    @classmethod
    def of(cls, score):
        for letter in cls:
            if score >= letter.value:
                return letter
        return cls.F


@dataclass(order=True)
class Student:
    average: float
    name: str = field(compare=False)
    scores: list = field(default_factory=list, compare=False, repr=False)


def build(raw):
    roster = []  # ?rc roster
    for name, marks in raw.items():
        avg = sum(marks) / len(marks)  # ?rc avg
        st = Student(avg, name, marks)  # ?rc st
        roster.append(st)
    return roster


RAW = {"ada": [95, 88, 92], "bo": [72, 65, 80], "cyd": [55, 61, 48], "dee": [85, 91, 79]}
roster = build(RAW)  # ?rc roster
ranking = sorted(roster, reverse=True)  # ?rc ranking
best = ranking[0]  # ?rc best
by_name = sorted(roster, key=lambda s: s.name[::-1])  # ?rc by_name best
buckets = defaultdict(list)
for st in ranking:
    buckets[Letter.of(st.average)].append(st)  # ?rc st
a_list = buckets[Letter.A]  # ?rc a_list
print(sys.getrefcount(best))
lines = []
for letter in Letter:
    names = ", ".join(s.name for s in buckets.get(letter, []))  # ?rc names
    lines.append(f"{letter.name}: {names or '-'}")
report = "\n".join(lines)  # ?rc report
print(report)
marks = best.scores  # ?rc marks
del roster, by_name  # ?rc best
ranking.remove(best)  # ?rc best
buckets.clear()  # ?rc best a_list
del a_list, st
print(sys.getrefcount(best))
print(gc.collect())
