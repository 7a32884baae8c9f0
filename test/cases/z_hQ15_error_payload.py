# Theme: validation errors that carry the offending record object: raised in
# a helper, caught, collected into a list, re-raised wrapped with `from`;
# the saved exception keeps its traceback (frames -> locals -> record),
# so dropping it leaves a cycle for gc.collect().
import gc

class Record:
    def __init__(self, key, value):
        self.key = key
        self.value = value

class ValidationError(Exception):
    def __init__(self, record, reason):
        super().__init__(reason)
        self.record = record

def check(record):
    if record.value < 0:
        raise ValidationError(record, "negative value")
    return record

records = [Record("a", 5), Record("b", -1), Record("c", 7)]
good = []  # ?rc good
errors = []  # ?rc errors
for rec in records:
    try:
        good.append(check(rec))
    except ValidationError as exc:
        errors.append(exc)
bad = records[1]  # ?rc bad
first_err = errors[0]  # ?rc first_err bad
payload = first_err.record  # ?rc payload
try:
    try:
        raise errors[0]
    except ValidationError as inner:
        raise RuntimeError("batch failed") from inner
except RuntimeError as outer:
    saved = outer  # ?rc saved first_err
cause = saved.__cause__  # ?rc cause
del errors, first_err, cause  # ?rc bad
del records, rec  # ?rc bad
del payload, saved
print(gc.collect())
