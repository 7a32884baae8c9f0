# Theme: class attribute vs instance attribute. A list defined in the class
# body is shared by every instance until an instance assigns its own; +=
# on it mutates the shared list AND stores it on the instance.


class Student:
    courses = []
    school = "Central High, est. 1950"

    def __init__(self, name):
        self.name = name

    def enroll(self, course):
        self.courses.append(course)


shared = Student.courses  # ?rc shared
ann = Student("Ann")
bob = Student("Bob")
ann.enroll("math 101")  # ?rc shared
bob.enroll("art 202")
print(ann.courses is bob.courses, shared)

bob.courses = ["history 303"]  # ?rc shared
bob_courses = bob.courses  # ?rc bob_courses
ann.courses += ["music 404"]  # ?rc shared -- also an instance attribute now
ann_list = ann.__dict__["courses"]  # ?rc shared ann_list
school = ann.school  # ?rc school
ann.school = "Elsewhere School, 1960"  # ?rc school
Student.courses = []  # ?rc shared ann_list
fresh = Student("Cy")
cy_courses = fresh.courses  # ?rc cy_courses
del ann  # ?rc shared
del bob  # ?rc bob_courses
roster = {"students": [fresh], "courses": cy_courses}  # ?rc cy_courses
