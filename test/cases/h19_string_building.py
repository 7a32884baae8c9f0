# Theme: string building with join, f-strings and % formatting; the results
# are fresh non-identifier strings with ordinary counts.
import gc
import sys

parts = []  # ?rc parts
for i in range(3):
    parts.append("item %d;" % (i * 100 + 7))
joined = " | ".join(parts)  # ?rc joined parts
p0 = parts[0]  # ?rc p0
name = "west wing"
fstr = f"room: {name} / {len(parts) * 1.5}"  # ?rc fstr
pct = "%s -- %.2f" % (name, 3.14159)  # ?rc pct
fmt = "{} & {}".format(joined, pct)  # ?rc fmt joined
buf = []
for s in (joined, pct, fstr):
    buf.append(s.upper())
upper0 = buf[0]  # ?rc upper0 buf
acc = ""
for piece in ("alpha beta ", "gamma delta ", "eps zeta "):
    acc = acc + piece
whole = acc  # ?rc whole acc
del acc  # ?rc whole
words = whole.split()  # ?rc words
w0 = words[0]
line = ", ".join(words) + "!"  # ?rc line
print(sys.getrefcount(line))
plain = line.format()  # ?rc line -- no fields to fill
same = line % ()  # ?rc line
del plain, same
repeated = line * 2  # ?rc repeated
sliced = repeated[1:9]  # ?rc sliced
del parts  # ?rc p0
del buf  # ?rc upper0
concat = p0 + " and more"  # ?rc concat p0
print(sys.getrefcount(joined))
raw = line.encode()  # ?rc raw
frame = b"".join([raw])  # ?rc raw
chunks = [raw, b"--", raw]  # ?rc raw
blob = b"".join(chunks)  # ?rc blob raw
print(gc.collect())
title = "Report: " + whole.title()  # ?rc title
banner = "=" * len(title)  # ?rc banner
report = "\n".join([title, banner, line])  # ?rc report title
lines = report.splitlines()  # ?rc lines title
