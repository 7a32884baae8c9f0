# Theme: a gradebook: Student objects with a list of grades, a class-level
# registry dict keyed by id, averages computed in methods, sorting the
# students by average with sorted(key=...), and a letter-grade report.


class Student:
    registry = {}
    next_id = 1

    def __init__(self, name):
        self.name = name
        self.grades = []
        self.sid = Student.next_id
        Student.next_id += 1
        Student.registry[self.sid] = self

    def add_grade(self, grade):
        self.grades.append(grade)

    def average(self):
        if not self.grades:
            return 0.0
        return sum(self.grades) / len(self.grades)


def letter(avg):
    if avg >= 90:
        return "A"
    if avg >= 80:
        return "B"
    return "C"


names = ["Maria Lopez", "Ken Tanaka", "Ola Berg"]
students = [Student(n) for n in names]  # ?rc students
maria = students[0]  # ?rc maria
scores = [[91.5, 88.0], [72.5, 85.5], [95.0, 99.5]]
for student, marks in zip(students, scores):
    for mark in marks:
        student.add_grade(mark)
    student.grades.append(0.5 * 200)  # ?rc student
ranked = sorted(students, key=lambda s: s.average(), reverse=True)  # ?rc ranked maria
best = ranked[0]  # ?rc best
report = {s.name: letter(s.average()) for s in ranked}  # ?rc report
averages = [s.average() for s in students]  # ?rc averages
top_avg = max(averages)  # ?rc top_avg
by_id = Student.registry  # ?rc by_id maria
del Student.registry[maria.sid]  # ?rc maria
del students, ranked  # ?rc maria best
