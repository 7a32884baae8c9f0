# Theme: csv.DictReader over an io.StringIO: every row dict reuses the
# header strings from reader.fieldnames as its keys; rows are filtered,
# converted and dropped, and the header strings stay with the reader.
import csv
import io

text = (
    "order id,unit price,qty\n"
    "A-1,2.50,4\n"
    "A-2,10.00,1\n"
    "A-3,0.75,12\n"
    "A-4,3.20,0\n"
)
reader = csv.DictReader(io.StringIO(text))  # ?rc reader
rows = list(reader)  # ?rc rows
header = reader.fieldnames  # ?rc header
price_key = header[1]  # ?rc price_key -- key of every row dict, plus the list
first = rows[0]  # ?rc first
active = [r for r in rows if r["qty"] != "0"]  # ?rc active first price_key
totals = {}  # ?rc totals
for r in active:
    amount = float(r[price_key]) * int(r["qty"])  # ?rc amount
    totals[r["order id"]] = amount  # ?rc amount
oid = first["order id"]  # ?rc oid -- the row dict and totals share this key
best_id = max(totals, key=totals.get)  # ?rc best_id
best = totals[best_id]  # ?rc best
del rows  # ?rc first price_key
del active  # ?rc first price_key
first = None  # ?rc price_key oid
del reader  # ?rc header price_key
summary = {k: round(v, 2) for k, v in totals.items()}  # ?rc summary oid
print(header, summary, best_id, best)
