# Exceptions carrying records: a caught exception holds its traceback, the
# traceback holds the frame, the frame holds the exception when it is saved.
import gc
import sys


class ValidationError(Exception):
    def __init__(self, record, field):
        super().__init__(field)
        self.record = record
        self.field = field


def validate(record):
    if "name" not in record:
        raise ValidationError(record, "name")
    return record


records = [{"name": "a"}, {"id": 2}, {"name": "c"}]  # ?rc records
good = []
errors = []
for rec in records:
    try:
        good.append(validate(rec))  # ?rc rec
    except ValidationError as e:
        errors.append(e)  # ?rc e rec
print(len(good), len(errors))
err = errors[0]  # ?rc err
bad = err.record  # ?rc bad
del rec
print(sys.getrefcount(bad))
errors.clear()  # ?rc err bad
del err
print(gc.collect())


def keep_last():
    try:
        validate({})
    except ValidationError as exc:
        saved = exc  # ?rc saved
    return saved


last = keep_last()  # ?rc last
del last
print(gc.collect())
