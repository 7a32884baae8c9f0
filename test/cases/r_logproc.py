# A log processor over an in-memory list of lines: parse, group by level,
# keep the last few errors, and summarise. No files involved.
import sys
from collections import deque


RAW = [
    "2024-01-01 INFO service started",
    "2024-01-01 WARN disk at 91%",
    "2024-01-02 ERROR db timeout after 30s",
    "2024-01-02 INFO request served",
    "2024-01-03 ERROR cache miss storm",
    "2024-01-03 ERROR db timeout after 30s",
]


class Entry:
    __slots__ = ("day", "level", "text")

    def __init__(self, day, level, text):
        self.day = day
        self.level = level
        self.text = text  # ?rc self


def parse(lines):
    for line in lines:
        day, level, text = line.split(" ", 2)
        yield Entry(day, level, text)


entries = list(parse(RAW))  # ?rc entries RAW
first = entries[0]  # ?rc first
by_level = {}
for entry in entries:
    bucket = by_level.setdefault(entry.level, [])
    bucket.append(entry)  # ?rc entry bucket
errors = by_level["ERROR"]  # ?rc errors
recent = deque(errors, maxlen=2)  # ?rc errors recent
oldest_error = errors[0]  # ?rc oldest_error
newest = recent[-1]  # ?rc newest
unique = sorted({e.text for e in errors})  # ?rc unique
msg = unique[0]  # ?rc msg
counts = {lvl: len(items) for lvl, items in by_level.items()}  # ?rc counts
window = entries[1:4]  # ?rc window first
print(sys.getrefcount(oldest_error))
del entries  # ?rc first oldest_error
del by_level  # ?rc errors first
del bucket, entry  # ?rc newest
recent.append(first)  # ?rc oldest_error first newest
del window  # ?rc first
report = "\n".join(f"{k}: {v}" for k, v in sorted(counts.items()))  # ?rc report
