# Theme: a validation exception class that keeps the offending record and a
# list of problems as attributes; handlers collect them into a report.
import gc


class ValidationError(ValueError):
    def __init__(self, record, problems):
        super().__init__(f"{len(problems)} problems")
        self.record = record  # ?rc record problems
        self.problems = problems


class Record:
    def __init__(self, name, age):
        self.name = name
        self.age = age


def validate(record):
    problems = []  # ?rc problems
    if not record.name:
        problems.append("empty name!")
    if record.age < 0:
        problems.append("negative age!")
    if problems:
        raise ValidationError(record, problems)
    return record


good = Record("Ada Lovelace", 36)  # ?rc good
bad = Record("", -1)  # ?rc bad
report = []  # ?rc report
for rec in (good, bad):
    try:
        checked = validate(rec)  # ?rc checked
    except ValidationError as err:
        report.append((err.record, err.problems))  # ?rc err
        saved = err  # ?rc saved bad
print(gc.collect())
entry = report[0]  # ?rc entry
probs = saved.problems  # ?rc probs
del saved  # ?rc bad probs
print(gc.collect())
report.clear()  # ?rc bad probs
