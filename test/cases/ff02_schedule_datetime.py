# Theme: a meeting scheduler: datetimes and dates, timedelta arithmetic,
# replace(), comparisons, and sorting appointments by their start time.
import gc
import sys
from datetime import date, datetime, timedelta


class Appointment:
    def __init__(self, title, start, length):
        self.title = title
        self.start = start
        self.end = start + length  # ?rc length

    def __repr__(self):
        return f"{self.title}@{self.start:%H:%M}"


base = datetime(2024, 3, 11, 9, 0)  # ?rc base
slot = timedelta(minutes=45)  # ?rc slot
appts = []
for i, title in enumerate(["standup", "design review", "1:1 with Sam"]):
    start = base + i * timedelta(hours=2)  # ?rc start
    appts.append(Appointment(title, start, slot))  # ?rc slot
late = Appointment("retro", base.replace(hour=16, minute=30), slot * 2)  # ?rc late base
appts.insert(0, late)  # ?rc late
ordered = sorted(appts, key=lambda a: a.start)  # ?rc ordered late
first = ordered[0]  # ?rc first
gap = ordered[1].start - first.end  # ?rc gap
day = base.date()  # ?rc day
next_week = day + timedelta(days=7)  # ?rc next_week
deadline = date(2024, 3, 31)  # ?rc deadline
hours_left = (deadline - day).total_seconds() / 3600  # ?rc hours_left
overlaps = [(a, b) for a, b in zip(ordered, ordered[1:]) if a.end > b.start]  # ?rc overlaps
print(sys.getrefcount(first), sys.getrefcount(slot))
stamp = first.start.isoformat(sep=" ")  # ?rc stamp
del appts  # ?rc late first
print(ordered, gap, next_week, hours_left, stamp, gc.collect())
