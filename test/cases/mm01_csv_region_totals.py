# Theme: parse an inline CSV sales export with csv.DictReader, coerce the
# amount column, and total it per region in a defaultdict(float). The row
# dicts are kept in a list; the per-region lists share those same dicts.
import csv
import io
from collections import defaultdict

RAW = """region,rep,amount
north-east,ana lee,120.50
south west,bo chen,80.25
north-east,cy park,42.75
south west,di ross,19.50
far north,ed vance,300.00
"""

buf = io.StringIO(RAW)  # ?rc buf
reader = csv.DictReader(buf)  # ?rc reader buf
rows = []
for row in reader:
    row["amount"] = float(row["amount"])
    rows.append(row)  # ?rc row
del row
first = rows[0]  # ?rc first rows
fields = reader.fieldnames  # ?rc fields
totals = defaultdict(float)  # ?rc totals
by_region = defaultdict(list)
for r in rows:
    totals[r["region"]] += r["amount"]
    by_region[r["region"]].append(r)
del r
ne_rows = by_region["north-east"]  # ?rc ne_rows first
ne_total = totals["north-east"]  # ?rc ne_total
region_name = first["region"]  # ?rc region_name -- the key string inside the row dict
amount = first["amount"]  # ?rc amount
del reader, buf  # ?rc fields
summary = {k: round(v, 2) for k, v in totals.items()}  # ?rc summary ne_total
best = max(summary, key=summary.get)  # ?rc best
print(summary, best, len(ne_rows))
del rows  # ?rc first ne_rows
by_region.clear()  # ?rc first ne_rows
