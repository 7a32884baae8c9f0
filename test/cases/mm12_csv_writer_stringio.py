# Theme: write report rows with csv.writer and csv.DictWriter into StringIO,
# read the text back with csv.reader and transpose the table with zip(*rows).
import csv
import io

rows = [
    ["city", "pop", "area km2"],
    ["oslo", "709037", "454.0"],
    ["bergen", "291940", "465.3"],
    ["trondheim, no", "212660", "342.0"],
]  # ?rc rows
out = io.StringIO()  # ?rc out
w = csv.writer(out, lineterminator="\n")  # ?rc w out
w.writerows(rows)  # ?rc rows
text = out.getvalue()  # ?rc text
dict_out = io.StringIO()
dw = csv.DictWriter(dict_out, fieldnames=rows[0], lineterminator="\n")  # ?rc dw
header = rows[0]  # ?rc header
dw.writeheader()  # ?rc header
for r in rows[1:]:
    dw.writerow(dict(zip(header, r)))  # ?rc r
del r
back = list(csv.reader(io.StringIO(text)))  # ?rc back
quoted = back[3][0]  # ?rc quoted
columns = list(zip(*back))  # ?rc columns
cities = columns[0]  # ?rc cities
pops = [int(p) for p in columns[1][1:]]  # ?rc pops
density = [round(p / float(a), 1) for p, a in zip(pops, columns[2][1:])]  # ?rc density
d0 = density[0]  # ?rc d0
del w, dw  # ?rc out header
del columns  # ?rc cities
print(text == dict_out.getvalue(), d0, cities)
