# Theme: namedtuple-like records written by hand for a gradebook: a
# Record(tuple) base with __slots__ = () and a classmethod _make, subclasses
# adding properties over self[i], a class constant, a staticmethod parser,
# records kept in a list and a dict, rebuilt from rows, type() and isinstance
# checks, and a record holding a list that refers back to it.
import gc


class Record(tuple):
    __slots__ = ()
    FIELDS = ()

    @classmethod
    def _make(cls, row):
        return tuple.__new__(cls, row)

    def as_dict(self):
        return dict(zip(self.FIELDS, self))


class Student(Record):
    __slots__ = ()
    FIELDS = ("name", "grades")

    def __new__(cls, name, grades):
        return super().__new__(cls, (name, grades))

    @property
    def name(self):
        return self[0]

    @property
    def grades(self):
        return self[1]

    @staticmethod
    def parse(line):
        name, _, rest = line.partition(":")
        return Student(name, [int(g) for g in rest.split(",")])

    def average(self):
        return sum(self.grades) / len(self.grades)


ann_name = "Ann Example"
ann_grades = [90, 85, 77]
ann = Student(ann_name, ann_grades)  # ?rc ann ann_name ann_grades
bob = Student.parse("Bob:70,80")  # ?rc bob
g = bob.grades  # ?rc g bob
avg = ann.average()  # ?rc ann ann_grades
roster = [ann, bob]  # ?rc ann bob roster
by_name = {s.name: s for s in roster}  # ?rc ann bob ann_name
info = ann.as_dict()  # ?rc info ann_grades ann_name
copy_row = Student._make(list(ann))  # ?rc copy_row ann_grades
kind = type(copy_row) is Student  # ?rc copy_row
ok = isinstance(bob, Record) and isinstance(bob, tuple)  # ?rc bob
del info, copy_row, by_name  # ?rc ann_grades ann_name
del roster  # ?rc ann bob
del g, bob
print(gc.collect())
loop = Student("loop", [])
loop.grades.append(loop)  # ?rc loop
del loop
print(gc.collect())
del ann  # ?rc ann_grades ann_name
print(gc.collect())
