# A report generator that snapshots its input into locals before yielding:
# while suspended, its frame keeps the snapshot, the current record and the
# running loop's iterator alive; exhausting it releases everything.
import sys


class Record:
    def __init__(self, name, amount):
        self.name = name
        self.amount = amount


def summarize(records, threshold):
    snapshot = list(records)  # ?rc records snapshot
    total = 0.0
    for rec in snapshot:
        total += rec.amount
        if rec.amount > threshold:
            yield rec  # ?rc rec
    closing = total * 1.0  # ?rc snapshot


r1 = Record("north-east", 10.5)
r2 = Record("south-west", 2.25)
r3 = Record("far-east", 30.75)
rows = [r1, r2, r3]  # ?rc rows r1
limit = 5.5  # ?rc limit
report = summarize(rows, limit)  # ?rc rows limit report
first = next(report)  # ?rc r1 first rows
print(first.name, sys.getrefcount(r1))
second = next(report)  # ?rc r1 r3 second
print(sys.getrefcount(r2))
for leftover in report:
    print("never", leftover)
done = report  # ?rc r1 r3 rows limit


def peek_running(gen):
    got = next(gen)  # ?rc got
    return got


again = summarize(rows, limit)
head = peek_running(again)  # ?rc head r1
del again  # ?rc r1 rows
del head, first  # ?rc r1


class Invalid(Exception):
    pass


def retrying(rec):
    try:
        raise Invalid(rec)
    except Invalid as problem:
        note = problem  # ?rc note rec
        yield note  # suspended inside the handler: the exception stays alive
    yield rec


rg = retrying(r2)  # ?rc r2
err = next(rg)  # ?rc err r2
nxt = next(rg)  # ?rc err r2
del rg  # ?rc err r2
