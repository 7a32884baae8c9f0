# Theme: writing aggregated rows with csv.writer to an io.StringIO and
# reading them back with csv.reader: fields come back as new strings,
# numbers are rebuilt, and the buffers are dropped after the round trip.
import csv
import io

regions = {"north east": [12.5, 7.25], "south west": [3.0, 9.5, 1.25]}  # ?rc regions
ne = regions["north east"]  # ?rc ne
out = io.StringIO()  # ?rc out
writer = csv.writer(out, lineterminator="\n")  # ?rc writer out
header = ["region name", "total sales", "orders"]  # ?rc header
writer.writerow(header)  # ?rc header
for name, vals in regions.items():
    writer.writerow([name, sum(vals), len(vals)])  # ?rc vals
text = out.getvalue()  # ?rc text
del writer  # ?rc out
out.close()  # ?rc out
rows = list(csv.reader(io.StringIO(text)))  # ?rc rows text
head, *body = rows  # ?rc head body
first = body[0]  # ?rc first
label = first[0]  # ?rc label
total = float(first[1])  # ?rc total
same = label == "north east"  # ?rc label
lookup = {r[0]: float(r[1]) for r in body}  # ?rc lookup label
del rows, body  # ?rc first label head
first = None  # ?rc label
print(lookup, total, same, head)
