# CSV report generator: parse sales rows from a StringIO, group with itertools.groupby, sort, write a summary.
import csv
import gc
import io
import itertools
import operator

RAW = """region,product,units,price
north,widget,10,2.50
south,gadget,4,10.00
north,gadget,7,10.00
east,widget,12,2.50
south,widget,3,2.50
north,widget,5,2.50
east,gizmo,1,99.90
"""


class Sale:
    __slots__ = ("region", "product", "units", "price")

    def __init__(self, region, product, units, price):
        self.region = region
        self.product = product
        self.units = units
        self.price = price

    @property
    def revenue(self):
        return self.units * self.price


def load(text):
    reader = csv.DictReader(io.StringIO(text))
    sales = [Sale(r["region"], r["product"], int(r["units"]), float(r["price"])) for r in reader]  # ?rc sales
    return sales


class Report:
    def __init__(self, sales):
        self.sales = sales  # ?rc sales
        self.sections = {}

    def group_by(self, attr):
        keyfn = operator.attrgetter(attr)
        ordered = sorted(self.sales, key=keyfn)  # ?rc ordered
        groups = {}
        for key, items in itertools.groupby(ordered, key=keyfn):
            bucket = list(items)  # ?rc bucket
            groups[key] = bucket
        self.sections[attr] = groups
        return groups

    def summary(self, attr):
        groups = self.sections.get(attr) or self.group_by(attr)
        rows = []
        for key, bucket in groups.items():
            total = sum(s.revenue for s in bucket)
            rows.append((key, len(bucket), round(total, 2)))  # ?rc rows
        rows.sort(key=lambda r: (-r[2], r[0]))
        return rows

    def write(self, attr):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([attr, "count", "revenue"])
        writer.writerows(self.summary(attr))  # ?rc writer
        text = out.getvalue()
        return text


sales = load(RAW)  # ?rc sales
first = sales[0]  # ?rc first
report = Report(sales)  # ?rc report sales
by_region = report.group_by("region")  # ?rc by_region first
north = by_region["north"]  # ?rc north first
table = report.summary("product")  # ?rc table
text = report.write("region")  # ?rc text
print(text)
print(table)
top = table[0]  # ?rc top
best = max(sales, key=lambda s: s.revenue)  # ?rc best
units = sorted({s.units * 1.5 for s in sales})  # ?rc units
del report  # ?rc by_region north sales
del by_region  # ?rc north first
n = gc.collect()
sales.append(sales)  # ?rc sales
del sales, north  # ?rc first best
n = gc.collect()
print(n)
