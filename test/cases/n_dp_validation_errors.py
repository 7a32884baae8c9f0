# Theme: validating imported records: each record is checked by several
# rules, failures raise a custom exception that carries the record, the
# caught exceptions are collected (traceback cycles kept until cleared),
# and the valid records are written out as CSV text.
import csv
import gc
import io
import sys


class ValidationError(Exception):
    def __init__(self, record, reason):
        super().__init__(reason)
        self.record = record  # ?rc self record


def check(record):
    if not record.get("email", "").count("@") == 1:
        raise ValidationError(record, "bad email")
    if record.get("age", -1) < 0:
        raise ValidationError(record, "bad age")
    return record


RECORDS = [
    {"name": "ann", "email": "ann@example.org", "age": 34},
    {"name": "bob", "email": "bob.example.org", "age": 41},
    {"name": "cyd", "email": "cyd@example.org", "age": -3},
    {"name": "dee", "email": "dee@example.org", "age": 29},
]  # ?rc RECORDS

good = []
problems = []
for rec in RECORDS:
    try:
        good.append(check(rec))  # ?rc rec good
    except ValidationError as err:
        problems.append(err)  # ?rc err
        continue
bob_err = problems[0]  # ?rc bob_err
bob = bob_err.record  # ?rc bob
print(sys.getrefcount(bob))
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["name", "email", "age"])
writer.writeheader()
writer.writerows(good)
text = buf.getvalue()  # ?rc text
print(text, [str(e) for e in problems])
del problems  # ?rc bob_err
RECORDS.remove(bob)  # ?rc bob
del bob_err, rec
print(gc.collect())
print(sys.getrefcount(bob))
