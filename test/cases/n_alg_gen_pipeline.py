# Theme: a log-processing pipeline of generators: a reader, a parser, a
# filter written as a generator expression, a running-average coroutine
# driven with send(), a `yield from` chain, and early close().
import gc
import sys


class Record:
    def __init__(self, level, ms, text):
        self.level, self.ms, self.text = level, ms, text


def read_lines(blob):
    for raw in blob.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        level, ms, text = line.split(" ", 2)
        rec = Record(level, float(ms), text)  # ?rc rec
        yield rec


def averager():
    total = 0.0
    count = 0
    avg = None
    try:
        while True:
            value = yield avg
            total += value
            count += 1
            avg = total / count  # ?rc avg
    finally:
        summary = (count, total)  # ?rc summary


def chained(*sources):
    for src in sources:
        yield from src


BLOB = """
# service log
INFO 12.5 started worker pool
WARN 250.25 slow query on orders
INFO 8.0 cache warmed
ERROR 1200.75 upstream timed out
WARN 310.5 retry scheduled
"""

gc.collect()
records = list(parse(read_lines(BLOB)))  # ?rc records
slow = (r for r in records if r.ms > 100.0)  # ?rc slow records
avg = averager()
next(avg)
for r in slow:
    current = avg.send(r.ms)  # ?rc current r
avg.close()  # ?rc current
first_two = chained(records[:1], (r for r in records if r.level == "ERROR"))  # ?rc records
picked = [rec.text for rec in first_two]  # ?rc picked
names = sorted({r.level for r in records}, key=lambda s: (-len(s), s))  # ?rc names
head = parse(read_lines(BLOB))
one = next(head)  # ?rc one
head.close()  # ?rc one
print(picked, names, "%.3f" % current, sys.getrefcount(records))
del records, r  # ?rc one
print(gc.collect())
