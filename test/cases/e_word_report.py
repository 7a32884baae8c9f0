# Theme: a word frequency report: re.findall tokens, Counter most_common and
# subtraction, heapq.nlargest, textwrap.fill, pprint.pformat into StringIO,
# str.translate tables and sorted with itemgetter.
import gc
import heapq
import io
import pprint
import re
import sys
import textwrap
from collections import Counter
from operator import itemgetter

TEXT = textwrap.dedent("""
    The quick brown fox jumps over the lazy dog. The dog sleeps;
    the fox runs away quickly, and the quick fox is happy.
""")  # ?rc TEXT
WORD = re.compile(r"[a-z]+")  # ?rc WORD
STOP = frozenset({"the", "and", "is", "over"})  # ?rc STOP
TABLE = str.maketrans({";": " ", ",": " ", ".": " "})  # ?rc TABLE


def tokens(text):
    cleaned = text.lower().translate(TABLE)  # ?rc cleaned
    found = WORD.findall(cleaned)  # ?rc found
    return [w for w in found if w not in STOP]


words = tokens(TEXT)  # ?rc words
freq = Counter(words)  # ?rc freq
top3 = freq.most_common(3)  # ?rc top3
first = top3[0]  # ?rc first
baseline = Counter({"fox": 1, "dog": 1})  # ?rc baseline
extra = freq - baseline  # ?rc extra freq
total = sum(freq.values())  # ?rc total
longest = heapq.nlargest(2, freq, key=len)  # ?rc longest
by_count = sorted(freq.items(), key=itemgetter(1, 0), reverse=True)  # ?rc by_count
head = by_count[0]  # ?rc head
share = {w: c / total for w, c in freq.items()}  # ?rc share
fox_share = share["fox"]  # ?rc fox_share
out = io.StringIO()  # ?rc out
out.write(pprint.pformat(dict(top3)))  # ?rc out
out.write("\n")
out.write(textwrap.fill(" ".join(words), width=32))
report = out.getvalue()  # ?rc report
lines = report.splitlines()  # ?rc lines
line0 = lines[0]  # ?rc line0
print(sys.getrefcount(freq), sys.getrefcount(first))
del top3  # ?rc first
freq["self"] = freq
del freq, extra
print(gc.collect())
print(longest, head, fox_share)
