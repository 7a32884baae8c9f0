# Theme: csv writers and readers with dialect names and format keywords: the
# writer holds f.write and a Dialect that keeps the lineterminator str itself.
import csv
import io

lt = "".join(["\r", "\n"])  # ?rc lt
out = io.StringIO()
w = csv.writer(out, lineterminator=lt)  # ?rc w out lt
w.writerow(["a b", "c,d", None, 1.5])
text = out.getvalue()  # ?rc text
back = list(csv.reader(io.StringIO(text), lineterminator=lt))  # ?rc back lt
cell = back[0][1]  # ?rc cell
del w  # ?rc out lt

u_out = io.StringIO()
u = csv.writer(u_out, "unix")  # ?rc u u_out
u.writerows([["x", "y z"], ["1", ""]])
u_text = u_out.getvalue()  # ?rc u_text
u_rows = list(csv.reader(io.StringIO(u_text), dialect="unix"))  # ?rc u_rows
y = u_rows[0][1]  # ?rc y

t_out = io.StringIO()
t = csv.writer(t_out, "excel-tab", quoting=csv.QUOTE_ALL)  # ?rc t t_out
t.writerow(["p\tq", "r"])
t_rows = list(csv.reader(io.StringIO(t_out.getvalue()), "excel-tab"))  # ?rc t_rows
pq = t_rows[0][0]  # ?rc pq

q_out = io.StringIO()
q = csv.writer(q_out, quotechar="'", escapechar="\\", doublequote=False)  # ?rc q q_out
q.writerow(["it's", "plain text"])

names = ["city name", "pop count"]  # ?rc names
sep = "".join([";"])
dw = csv.DictWriter(io.StringIO(), names, "", "raise", "excel", delimiter=sep, lineterminator=lt)  # ?rc dw names lt
dw.writeheader()
dw.writerow({"city name": "oslo, no", "pop count": 709037})  # ?rc names
del dw  # ?rc names lt
