# Theme: a grade book: students with score lists in a defaultdict, averages
# via statistics.mean, ranking with sorted(key=..., reverse=True), letter
# grades formatted into a report, and a student dropped and re-enrolled.
import gc
import statistics
from collections import defaultdict


class Student:
    def __init__(self, name):
        self.name = name
        self.scores = []

    def average(self):
        return statistics.mean(self.scores) if self.scores else 0.0


class GradeBook:
    def __init__(self):
        self.students = {}
        self.by_letter = defaultdict(list)

    def enroll(self, student):
        self.students[student.name] = student  # ?rc student

    def drop(self, name):
        return self.students.pop(name)

    def classify(self):
        self.by_letter.clear()
        for s in self.students.values():
            avg = s.average()  # ?rc avg
            letter = "A" if avg >= 90 else "B" if avg >= 80 else "C"
            self.by_letter[letter].append(s)


gc.collect()
book = GradeBook()
ann = Student("Ann Smith")  # ?rc ann
bob = Student("Bob Jones")
cy = Student("Cy Young")
for st, marks in ((ann, [91.5, 95.0]), (bob, [82.0, 78.5]), (cy, [60.25, 99.5])):
    st.scores.extend(marks)
    book.enroll(st)
book.classify()  # ?rc ann bob cy
ranking = sorted(book.students.values(), key=Student.average, reverse=True)  # ?rc ranking ann
top = ranking[0]  # ?rc top
report = "\n".join(f"{s.name:<10}{s.average():6.2f}" for s in ranking)  # ?rc report
gone = book.drop("Bob Jones")  # ?rc gone bob
book.classify()  # ?rc bob
a_list = book.by_letter["A"]  # ?rc a_list
book.enroll(gone)  # ?rc bob
del ranking, top, gone  # ?rc ann bob
book.by_letter.clear()  # ?rc a_list ann
del book  # ?rc ann cy
print(gc.collect())
