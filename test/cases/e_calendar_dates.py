# Theme: a booking calendar: datetime.date/timedelta arithmetic on fixed
# dates, bisect on sorted date lists, deque(maxlen) history, groupby by month.
import bisect
import datetime
import gc
import itertools
import sys
from collections import deque

START = datetime.date(2024, 1, 29)  # ?rc START
DAY = datetime.timedelta(days=1)  # ?rc DAY
WEEK = 7 * DAY  # ?rc WEEK


class Booking:
    def __init__(self, guest, first, nights):
        self.guest = guest
        self.first = first
        self.last = first + nights * DAY


bookings = []  # ?rc bookings
for i, guest in enumerate(["Room for Kim", "Room for Lou", "Room for Max", "Room for Ned"]):
    b = Booking(guest, START + i * WEEK, i + 2)  # ?rc b
    bookings.append(b)
b0 = bookings[0]  # ?rc b0
starts = [bk.first for bk in bookings]  # ?rc starts
s0 = starts[0]  # ?rc s0
probe_day = datetime.date(2024, 2, 10)  # ?rc probe_day
pos = bisect.bisect_left(starts, probe_day)  # ?rc pos
before = bookings[pos - 1]  # ?rc before
span = bookings[-1].last - START  # ?rc span
days = span.days  # ?rc days
by_month = {m: [bk.guest for bk in grp] for m, grp in itertools.groupby(bookings, key=lambda bk: bk.first.month)}  # ?rc by_month
feb = by_month[2]  # ?rc feb
history = deque(maxlen=2)  # ?rc history
for bk in bookings:
    history.append(bk)  # ?rc bk
newest = history[-1]  # ?rc newest
history.rotate(1)  # ?rc history newest
oldest_kept = history[0]  # ?rc oldest_kept
iso = START.isoformat()  # ?rc iso
parsed = datetime.date.fromisoformat(iso)  # ?rc parsed
same = parsed == START  # ?rc same
week_no = START.isocalendar()  # ?rc week_no
print(sys.getrefcount(b0), sys.getrefcount(START))
del bookings, b  # ?rc b0 newest
del history  # ?rc newest
b0.self_ref = b0
del b0, before
print(gc.collect())
print(days, feb, week_no)
