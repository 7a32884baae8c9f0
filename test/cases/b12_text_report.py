# Theme: a text report builder: sales records sorted with sorted(key=...),
# grouped into sections, formatted with f-strings, str.format and str.join,
# with the finished lines kept on the builder.
import sys
from operator import attrgetter


class Sale:
    def __init__(self, region, product, amount):
        self.region = region
        self.product = product
        self.amount = amount


class ReportBuilder:
    def __init__(self, title):
        self.title = title
        self.lines = []

    def heading(self, text):
        self.lines.append(text.upper())
        self.lines.append("=" * len(text))
        return self

    def row(self, label, amount):
        self.lines.append("{:<12}{:>10.2f}".format(label, amount))
        return self

    def build(self):
        return "\n".join([self.title, *self.lines])


sales = [Sale("west", "widgets", 120.5), Sale("east", "gadgets", 99.25),
         Sale("west", "gizmos", 42.75), Sale("east", "widgets", 10.5)]
ordered = sorted(sales, key=attrgetter("region", "amount"))  # ?rc ordered
top = max(sales, key=lambda s: s.amount)  # ?rc top
cheap = min(ordered, key=attrgetter("amount"))  # ?rc cheap
builder = ReportBuilder(f"Sales report ({len(sales)} rows)")  # ?rc builder
title = builder.title  # ?rc title
for region in ("east", "west"):
    builder.heading(f"region {region}")  # ?rc builder
    part = [s for s in ordered if s.region == region]
    for s in part:
        builder.row(s.product, s.amount)
    total = sum(s.amount for s in part)  # ?rc total
    builder.row("total", total)  # ?rc total
text = builder.build()  # ?rc text title
first_line = builder.lines[0]  # ?rc first_line
sep = builder.lines[1]  # ?rc sep
print(text)
print(sys.getrefcount(top))
del ordered, part, s  # ?rc top cheap
names = ", ".join(sorted({x.product for x in sales}))  # ?rc names
print(names)
