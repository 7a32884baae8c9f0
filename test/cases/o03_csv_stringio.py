# CSV report: read rows from a StringIO with csv.reader/DictReader, write a summary with csv.writer.
import csv
import io
import gc

DATA = "item,qty,price\nwidget,4,2.50\ngadget,1,10.00\ngizmo,7,0.75\n"
buf = io.StringIO(DATA)  # ?rc buf
reader = csv.reader(buf)  # ?rc reader buf
header = next(reader)  # ?rc header
rows = []
for row in reader:
    rows.append(row)  # ?rc row
last = rows[-1]  # ?rc last rows


def totals(rows):
    out = {}
    for name, qty, price in rows:
        out[name] = int(qty) * float(price)  # ?rc out
    return out


tot = totals(rows)  # ?rc tot
buf.seek(0)
dreader = csv.DictReader(buf)  # ?rc dreader
records = list(dreader)  # ?rc records
rec = records[1]  # ?rc rec
fields = dreader.fieldnames  # ?rc fields

outbuf = io.StringIO()  # ?rc outbuf
writer = csv.writer(outbuf)  # ?rc writer outbuf
for name, value in tot.items():
    writer.writerow([name, f"{value:.2f}"])
text = outbuf.getvalue()  # ?rc text
again = outbuf.getvalue()  # ?rc text again
lines = text.splitlines()  # ?rc lines
del writer  # ?rc outbuf
outbuf.close()
del reader, dreader  # ?rc buf
n = gc.collect()
print(header, last, tot, rec, fields, lines, n)
