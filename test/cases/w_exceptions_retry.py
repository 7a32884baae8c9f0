# Theme: a batch importer that raises custom exceptions carrying the bad
# record, catches them in a loop, keeps some for a report and retries.
import gc
import sys


class ImportError_(Exception):
    def __init__(self, record, reason):
        super().__init__(reason)
        self.record = record
        self.reason = reason


class Fatal(ImportError_):
    pass


class Record:
    def __init__(self, key, value):
        self.key = key
        self.value = value


def parse(rec):
    if rec.value is None:
        raise ImportError_(rec, "empty value!")
    if rec.value < 0:
        raise Fatal(rec, "negative value!")
    return rec.value * 2.0


records = [Record("k%d" % i, None if i == 2 else (-1.5 if i == 4 else i * 1.5)) for i in range(6)]  # ?rc records
bad = records[2]  # ?rc bad
errors = []
results = []
for rec in records:
    try:
        results.append(parse(rec))
    except Fatal as f:
        errors.append(f)  # ?rc rec
    except ImportError_ as e:
        errors.append(e)  # ?rc rec
print(len(errors), sys.getrefcount(bad))
e0 = errors[0]  # ?rc e0 bad
why = e0.reason  # ?rc why
fatal = errors[-1]  # ?rc fatal
tb = fatal.__traceback__
del tb
retried = 0
for err in list(errors):
    try:
        raise err
    except ImportError_:
        retried += 1
        errors.remove(err)  # ?rc err
print(retried, sys.getrefcount(e0))
del err, rec
gc.collect()  # ?rc e0
del records, errors, results  # ?rc bad e0
del e0, fatal
print(gc.collect())  # exceptions with tracebacks to module frame? no cycles
del bad
print(gc.collect())
