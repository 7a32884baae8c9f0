# Log line parser: regex with named groups, collections.Counter and deque
# for a sliding window, textwrap.shorten for display, contextmanager timing.
import re
import sys
from collections import Counter, deque
from contextlib import contextmanager
import textwrap

LINE_RE = re.compile(r"(?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)")  # ?rc LINE_RE
LINES = [
    "INFO [db] connected to primary replica",
    "WARN [http] slow response from upstream service",
    "ERROR [db] lost connection, retrying in five seconds",
    "INFO [http] request handled",
]


@contextmanager
def section(title):
    header = "== %s ==" % title  # ?rc title header
    print(header)
    yield header
    print("-" * len(header))


def parse(lines):
    records = []
    for raw in lines:
        m = LINE_RE.match(raw)  # ?rc raw m
        rec = m.groupdict()  # ?rc rec
        records.append(rec)
    return records


records = parse(LINES)  # ?rc records
levels = Counter(r["level"] for r in records)  # ?rc levels
window = deque(maxlen=2)  # ?rc window
for rec in records:
    window.append(rec)  # ?rc rec window
last_two = list(window)  # ?rc last_two
with section("recent messages") as hdr:
    for rec in last_two:
        short = textwrap.shorten(rec["msg"], width=25, placeholder="...")  # ?rc short rec
        print(f"{rec['mod']:>6}: {short}")
    seen = hdr  # ?rc seen
del records  # ?rc rec last_two
print(sys.getrefcount(window))
print(sys.getrefcount(seen))
