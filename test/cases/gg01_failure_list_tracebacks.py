# Theme: a batch importer collects failures (exception objects) in a list for
# a later report. Each saved exception keeps its traceback, and the traceback
# keeps the frames of import_all() and parse() with their locals alive.
import gc
import sys
import traceback


class Record:
    def __init__(self, raw):
        self.raw = raw


def parse(rec):
    payload = [rec, rec.raw]
    if len(rec.raw) > 5:
        raise ValueError("too long: " + rec.raw)
    return payload


failures = []


def import_all(records):
    ok = 0
    for rec in records:
        try:
            parse(rec)
            ok += 1
        except ValueError as exc:
            failures.append(exc)
    return ok


gc.collect()
good = Record("a b" + "c")
bad = Record("too long" + "!")
batch = [good, bad]
n = import_all(batch)  # ?rc good bad batch
err = failures[0]  # ?rc err bad
tb = err.__traceback__  # ?rc tb
print(sys.getrefcount(bad))
traceback.clear_frames(tb)  # ?rc bad batch -- both frames' locals released
del tb
err.__traceback__ = None  # ?rc err
del batch  # ?rc good bad
failures.clear()  # ?rc err bad
print(gc.collect())
del err  # ?rc bad
print(gc.collect())
for again in (1, 2):
    import_all([bad])
saved = len(failures)
kept = failures[-1]  # ?rc bad kept
del failures[:]  # ?rc kept bad
del kept  # ?rc bad
print(gc.collect())
