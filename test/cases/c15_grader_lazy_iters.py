# Theme: a grading report built from lazy iterators. map/zip/enumerate hold
# iterators over their inputs (and map holds its function: here a bound
# method, hence the grader instance). A list iterator lets go of its list once
# exhausted, but the map/zip/enumerate objects stay until they are deleted.


class Student:
    def __init__(self, score):
        self.score = score


class Grader:
    def __init__(self, curve):
        self.curve = curve

    def grade(self, student):
        return student.score * self.curve


grader = Grader(1.25)  # ?rc grader
students = [Student(s * 10.5) for s in range(1, 5)]  # ?rc students
graded = map(grader.grade, students)  # ?rc grader students graded
top = next(graded)  # ?rc top
numbered = enumerate(zip(students, graded), 1)  # ?rc students graded
row = next(numbered)  # ?rc row
pos, (who, mark) = row  # ?rc who mark row
del row  # ?rc who
rest = list(numbered)  # ?rc students grader
del graded  # ?rc grader
del numbered  # ?rc grader students who
best = max(students, key=lambda st: st.score)  # ?rc best
curve = map(grader.grade, [best])  # ?rc best grader
del best  # ?rc curve
