# Theme: a pipeline of generators with try/finally cleanup. Dropping the
# last stage of a half-consumed pipeline closes every stage from the outside
# in; a stage that stores itself in its own buffer is a cycle, and
# gc.collect() finalizes it (its finally runs inside the collection).
import gc

cleaned = []


def read_rows(rows):
    try:
        for row in rows:
            yield row
    finally:
        cleaned.append("read")


def parse(source):
    try:
        for row in source:
            yield [float(x) for x in row.split(",")]
    finally:
        cleaned.append("parse")


def batch(source, size, keep):
    buf = []
    keep.append(buf)
    try:
        for item in source:
            buf.append(item)
            if len(buf) == size:
                yield list(buf)
                buf.clear()  # ?rc buf
    finally:
        cleaned.append("batch")


rows = ["1.5,2.5", "3.5,4.5", "5.5,6.5", "7.5,8.5", "9.5,0.5"]  # ?rc rows
keep = []
stage1 = read_rows(rows)  # ?rc stage1 rows
stage2 = parse(stage1)  # ?rc stage1 stage2
stage3 = batch(stage2, 2, keep)  # ?rc stage2 stage3
first = next(stage3)  # ?rc first
second = next(stage3)  # ?rc second first
del stage1, stage2  # ?rc stage3
buf = keep[0]  # ?rc buf
buf.append(stage3)  # ?rc stage3
del stage3  # ?rc rows -- still suspended: buf holds the generator
print(cleaned)
keep.clear()  # ?rc buf
del buf
print(gc.collect(), cleaned)  # stage3 closed by the collector, then the rest
print(first, second, rows)  # ?rc rows
