# Numbering and pairing rows with enumerate and zip objects: an unfinished
# enumerate/zip holds an iterator over its source (and thus the source), and
# keeps its last result tuple for reuse while no one else holds it.


class Student:
    def __init__(self, name):
        self.name = name


class Grade:
    def __init__(self, pts):
        self.pts = pts


students = [Student("Ann B."), Student("Bo C."), Student("Cy D.")]  # ?rc students
grades = [Grade(91.5), Grade(78.0), Grade(66.5)]  # ?rc grades
ann = students[0]  # ?rc ann
g0 = grades[0]  # ?rc g0
numbered = enumerate(students, 1)  # ?rc numbered students
pos, who = next(numbered)  # ?rc who ann
entry = next(numbered)  # ?rc entry
del numbered  # ?rc students entry
paired = zip(students, grades)  # ?rc paired students grades
first = next(paired)  # ?rc first ann g0
del first  # ?rc ann g0
second = next(paired)  # ?rc second
del paired  # ?rc students grades second


def best(names, scores):
    top = None
    for i, (st, gr) in enumerate(zip(names, scores)):
        if top is None or gr.pts > top[1].pts:
            top = (st, gr)  # ?rc st gr
    return top


winner = best(students, grades)  # ?rc winner ann g0
roster = dict(zip(range(3), students))  # ?rc roster ann
for idx, item in enumerate(grades):
    last = item  # ?rc item
del item, last  # ?rc g0
marks = list(enumerate(grades))  # ?rc marks g0
queue = list(grades)  # ?rc queue g0
poll = iter(queue.pop, g0)  # ?rc g0 queue
drained = list(poll)  # ?rc drained g0
del poll  # ?rc g0 queue
