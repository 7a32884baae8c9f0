# Building a text report: split, strip, join, format and f-strings make new
# strings; a dict of word lists shares the word objects with the source list.
import sys

raw = "  alpha beta  gamma alpha delta  "
clean = raw.strip()  # ?rc clean
words = clean.split()  # ?rc words
w0 = words[0]  # ?rc w0
upper = [w.upper() for w in words]  # ?rc upper
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)  # ?rc w
ga = groups["a"]  # ?rc ga w0
line = ", ".join(words)  # ?rc line
header = "Report: {} words".format(len(words))  # ?rc header
row = f"{w0:>10}|{len(w0):3d}"  # ?rc row w0
parts = line.partition(", ")  # ?rc parts
head, sep, rest = parts  # ?rc head sep
lines = [header, row, line]  # ?rc header row
text = "\n".join(lines)  # ?rc text lines
del lines  # ?rc header
print(sys.getrefcount(w0))
rep = text.replace("alpha", "ALPHA")  # ?rc rep
same = text.replace("zzz", "y")  # ?rc same text
