# Theme: students as dataclasses with order=True, kept sorted in a roster
# with bisect.insort, plus a frozen dataclass used as a dict key.
import bisect
from dataclasses import dataclass, field


@dataclass(order=True)
class Student:
    gpa: float
    name: str = field(compare=False)
    courses: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Course:
    dept: str
    number: int


roster = []  # ?rc roster
amy = Student(3.75, "Amy Wu")  # ?rc amy
raj = Student(3.25, "Raj Patel")
zoe = Student(3.95, "Zoe King")
for s in (amy, raj, zoe):
    bisect.insort(roster, s)  # ?rc s
best = roster[-1]  # ?rc best zoe
cs1 = Course("Comp Sci", 1010)  # ?rc cs1
cs2 = Course("Comp Sci", 1020)
enrolled = {cs1: [amy, raj], cs2: [zoe]}  # ?rc enrolled cs1 amy
amy.courses.append(cs1)  # ?rc cs1
twin = Course("Comp Sci", 1010)  # ?rc twin
class_list = enrolled[twin]  # ?rc class_list twin cs1
same_key = twin == cs1
top_two = sorted(roster, reverse=True)[:2]  # ?rc top_two amy zoe
names = [s.name for s in top_two]  # ?rc names
del enrolled  # ?rc cs1 class_list amy
del roster, top_two, s  # ?rc amy raj zoe
