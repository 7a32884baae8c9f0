# Theme: containers of containers and reference cycles. A dict of lists
# whose lists point back to the dict: each level counts its references, and
# after the last name is gone only gc.collect() can free the structure.
import gc


class Student:
    pass


def enroll(roster, course, student):
    roster.setdefault(course, []).append(student)
    return roster[course]


gc.collect()
s1, s2 = Student(), Student()  # ?rc s1 s2
roster = {}  # ?rc roster
math = enroll(roster, "math 101", s1)  # ?rc math s1
enroll(roster, "math 101", s2)  # ?rc math s2
art = enroll(roster, "art history", s1)  # ?rc art s1
math.append(roster)  # ?rc roster math
s1.courses = [math, art]  # ?rc math art s1
del math, art  # ?rc roster
print(gc.collect())  # everything is still reachable
snapshot = list(roster.values())  # ?rc snapshot
first = snapshot[0]  # ?rc first
del snapshot, first
del roster  # ?rc s1 s2 -- the cycle keeps both students
print(gc.collect())  # the dict and its first list; art lives on in s1
left = s1.courses  # ?rc left s1 s2
del left
del s1, s2
print(gc.collect())
