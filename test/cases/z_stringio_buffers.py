# Theme: io.StringIO as an output buffer and as an input file: what it keeps of
# the strings written (3.11 keeps them while appending, and getvalue()'s
# result; 3.12+ copies), getvalue, print(file=), reading lines, seek, with.
import gc
import io

title = "Quarterly report"  # ?rc title
row = "north region, 1200 units"  # ?rc row
buf = io.StringIO()  # ?rc buf
n = buf.write(title)  # ?rc title buf
buf.write(row)  # ?rc title row
text = buf.getvalue()  # ?rc text title row
again = buf.getvalue()  # ?rc text again
buf.write(" and more text")  # ?rc text
last = buf.getvalue()  # ?rc last text
print(row, file=buf)  # ?rc row
out = io.StringIO()
out.write(row)  # ?rc row
single = out.getvalue()  # ?rc single row
out.close()  # ?rc row single
src = io.StringIO("first line here\nsecond line here\nthird line\n")  # ?rc src
head = src.readline()  # ?rc head
rest = [line for line in src]  # ?rc rest
src.seek(0)
whole = src.read()  # ?rc whole
lines = whole.splitlines()  # ?rc lines
with io.StringIO() as log:
    log.write(title)  # ?rc title log
    log.write(row)
    kept = log.getvalue()  # ?rc kept
after = [title, row]  # ?rc title row
del buf  # ?rc text last row title
print(gc.collect())
