# Theme: a sales report through the csv module on io.StringIO: reader rows are
# new lists of new strings, DictReader rows share the fieldnames' key strings,
# a writer holds its file and writes quoted fields back.
import csv
import gc
import io

DATA = 'region,product,units\nnorth,"blue, large",12\nsouth,red widget,7\n\neast,"say ""hi""",3\n'  # ?rc DATA
src = io.StringIO(DATA)  # ?rc src
rows = list(csv.reader(src))  # ?rc rows src
header = rows[0]  # ?rc header rows
second = rows[1][1]  # ?rc second
src.seek(0)
dr = csv.DictReader(src)  # ?rc dr src
records = [r for r in dr]  # ?rc records
names = dr.fieldnames  # ?rc names
key = names[0]  # ?rc key
first = records[0]  # ?rc first key
units = first["units"]  # ?rc units
out = io.StringIO()  # ?rc out
w = csv.writer(out)  # ?rc w out
for r in [r for r in rows[1:] if r]:
    w.writerow([r[0], r[2], None, 1.5])  # ?rc w
w.writerow(["only, one"])
text = out.getvalue()  # ?rc text
lines = text.splitlines()  # ?rc lines
dw_out = io.StringIO()
dw = csv.DictWriter(dw_out, fieldnames=["region", "units", "note"], restval="n/a", extrasaction="ignore")  # ?rc dw dw_out
dw.writeheader()
dw.writerows(records[:2])  # ?rc records
again = dw_out.getvalue().splitlines()  # ?rc again
del dr, w  # ?rc src out
print(gc.collect(), len(lines), again)
