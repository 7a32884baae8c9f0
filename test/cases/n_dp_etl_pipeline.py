# Theme: a tiny ETL pipeline: Extract/Transform/Load stages as classes whose
# methods are generators, a closure-based filter, functools.partial for a
# converter, and a Loader that keeps the rows in a list and an index dict.
import csv
import gc
import io
import sys
from functools import partial

TEXT = "sku;name;cents\nA1;apple;125\nB2;bread;310\nC3;cheese;1299\nB2;bread;315\nD4;dates;-1\n"


def to_money(value, rate):
    return int(value) * rate


class Extract:
    def __init__(self, text, delimiter):
        self.text = text
        self.delimiter = delimiter

    def rows(self):
        reader = csv.reader(io.StringIO(self.text), delimiter=self.delimiter)
        header = next(reader)  # ?rc header
        for row in reader:
            yield dict(zip(header, row))


class Transform:
    def __init__(self, convert, keep):
        self.convert = convert
        self.keep = keep
        self.rejected = []  # ?rc self

    def apply(self, rows):
        for rec in rows:
            rec["price"] = self.convert(rec.pop("cents"))  # ?rc rec
            if self.keep(rec):
                yield rec
            else:
                self.rejected.append(rec)


class Loader:
    def __init__(self):
        self.rows = []
        self.index = {}

    def load(self, recs):
        for rec in recs:
            self.rows.append(rec)
            self.index[rec["sku"]] = rec  # ?rc rec
        return len(self.rows)


def min_price(limit):
    def keep(rec):
        return rec["price"] >= limit
    return keep


convert = partial(to_money, rate=0.01)  # ?rc convert
keep = min_price(0.0)  # ?rc keep
stage = Transform(convert, keep)  # ?rc stage convert keep
loader = Loader()
count = loader.load(stage.apply(Extract(TEXT, ";").rows()))  # ?rc loader
bread = loader.index["B2"]  # ?rc bread
rows = loader.rows  # ?rc rows
bad = stage.rejected[0]  # ?rc bad
print(count, bread, bad)
print(sys.getrefcount(bread))
total = sum(r["price"] for r in rows)  # ?rc total
del loader  # ?rc rows bread
rows.pop(1)  # ?rc rows
del stage, keep  # ?rc convert bad
print(gc.collect())
