# Theme: a batch importer that records failures. A kept exception keeps its
# traceback, which keeps the frames it passed through with all their locals;
# when one of those locals (or `self`) leads back to the exception, the result
# is a cycle the collector has to break.
import gc


class Record:
    def __init__(self, raw):
        self.raw = raw


class Importer:
    def __init__(self):
        self.failures = []

    def load(self, record):
        try:
            if record.raw < 0.0:
                raise ValueError(record)
            return record.raw * 2.0
        except ValueError as e:
            self.failures.append(e)  # ?rc e record
            return None


def retry(record):
    last = None
    for attempt in range(2):
        try:
            raise RuntimeError(record)
        except RuntimeError as exc:
            last = exc  # ?rc last
    return last


gc.collect()
imp = Importer()
good = Record(1.5)
bad = Record(-1.5)  # ?rc bad
imp.load(good)  # ?rc good
imp.load(bad)  # ?rc bad -- args tuple and the kept frame's `record`
err = imp.failures[0]  # ?rc err bad
tb = err.__traceback__  # ?rc tb
imp.failures.clear()  # ?rc err bad
del tb
del err  # ?rc bad
print(gc.collect())
kept = retry(bad)  # ?rc kept bad
del kept  # ?rc bad
print(gc.collect())  # exception, traceback, frame, args tuple
imp.load(Record(-2.5))
del imp  # importer -> list -> exception -> traceback -> frame -> importer
print(gc.collect())  # ?rc bad
