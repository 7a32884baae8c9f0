# Theme: a log summariser: lines parsed with a generator, sorted by a key
# function, grouped with itertools.groupby, and running latency totals with
# itertools.accumulate. Entries are objects kept in several containers.
import gc
import itertools
import sys
from operator import attrgetter

LOG = """\
10:00:01 GET /index 120
10:00:02 POST /login 340
10:00:02 GET /index 95
bad line here
10:00:05 GET /about 60
10:00:07 POST /login 410
10:00:09 GET /index 101
"""


class Entry:
    __slots__ = ("ts", "method", "path", "ms")

    def __init__(self, ts, method, path, ms):
        self.ts = ts
        self.method = method
        self.path = path
        self.ms = ms


def parse(text):
    skipped = []  # ?rc skipped
    for line in text.splitlines():
        parts = line.split()
        try:
            ts, method, path, ms = parts
            entry = Entry(ts, method, path, int(ms))  # ?rc entry
        except ValueError as exc:
            skipped.append(exc)  # ?rc skipped
            continue
        yield entry
    print(f"skipped {len(skipped)} line(s)")


entries = list(parse(LOG))  # ?rc entries
slowest = max(entries, key=attrgetter("ms"))  # ?rc slowest
ordered = sorted(entries, key=lambda e: (e.path, e.ts))  # ?rc ordered slowest
groups = {}
for path, grp in itertools.groupby(ordered, key=attrgetter("path")):
    bucket = list(grp)  # ?rc bucket
    groups[path] = bucket
login = groups["/login"]  # ?rc login
print(sys.getrefcount(slowest))
running = list(itertools.accumulate(e.ms for e in entries))  # ?rc running
avg = running[-1] / len(running)  # ?rc avg
head = list(itertools.islice(ordered, 2))  # ?rc head
report = [f"{p:<8}{len(b):>3}{sum(e.ms for e in b):>6}" for p, b in groups.items()]  # ?rc report
print("\n".join(report), f"\navg={avg:.1f}")
del ordered, head  # ?rc slowest
del groups, bucket, grp  # ?rc login slowest
entries.remove(slowest)  # ?rc slowest
del login
print(sys.getrefcount(slowest))
print(gc.collect())
