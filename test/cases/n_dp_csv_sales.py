# Theme: a sales report: CSV text parsed with csv.DictReader into
# namedtuples, totals per region in a defaultdict, a Counter of products
# and an f-string report. Rows are shared between the list and the index.
import csv
import gc
import io
import sys
from collections import Counter, defaultdict, namedtuple

RAW = """region,product,qty,price
north,widget,3,2.50
south,gadget,1,9.99
north,gadget,2,9.99
east,widget,5,2.50
south,widget,4,2.50
"""

Sale = namedtuple("Sale", "region product qty price")


def load(text):
    reader = csv.DictReader(io.StringIO(text))
    rows = []  # ?rc rows
    for rec in reader:
        sale = Sale(rec["region"], rec["product"], int(rec["qty"]), float(rec["price"]))  # ?rc sale
        rows.append(sale)  # ?rc sale rows
    return rows


sales = load(RAW)  # ?rc sales
first = sales[0]  # ?rc first
by_region = defaultdict(list)  # ?rc by_region
for s in sales:
    by_region[s.region].append(s)  # ?rc s
print(sys.getrefcount(first))
totals = {}
for region, items in by_region.items():
    amount = sum(i.qty * i.price for i in items)  # ?rc amount
    totals[region] = round(amount, 2)
best = max(totals, key=totals.get)
products = Counter(s.product for s in sales)  # ?rc products
top = products.most_common(1)  # ?rc top
lines = [f"{r:>6}: {t:8.2f}" for r, t in sorted(totals.items())]  # ?rc lines
report = "\n".join(lines)  # ?rc report
print(report)
print(f"best region: {best}, top product: {top[0][0]}")
del by_region  # ?rc first
del sales, s  # ?rc first
print(sys.getrefcount(first))
print(gc.collect())
