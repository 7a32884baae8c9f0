# Theme: datetime values computed: dates and timedeltas from known numbers,
# their arithmetic, comparisons, int attributes, isoformat and dict keys.
import datetime
import gc
from datetime import date, timedelta


class Visit:
    def __init__(self, who, when):
        self.who = who
        self.when = when


START = date(2024, 2, 27)  # ?rc START
DAY = timedelta(days=1)  # ?rc DAY
later = START + 3 * DAY  # ?rc later
span = later - START  # ?rc span
n_days = span.days * 1000  # ?rc n_days
year = later.year  # ?rc year
is_before = START < later  # ?rc is_before
text = later.isoformat()  # ?rc text
again = date.fromisoformat(text)  # ?rc again
by_day = {START: "opening day!", later: "closing day!"}  # ?rc by_day
label = by_day[again]  # ?rc label
visits = [Visit("Ann Lee", later), Visit("Bo Ray", START)]  # ?rc visits
visits.sort(key=lambda v: v.when)  # ?rc visits
first = visits[0]  # ?rc first
stamp = datetime.datetime(2024, 3, 1, 9, 30)  # ?rc stamp
shifted = stamp.replace(hour=11) - stamp  # ?rc shifted
secs = shifted.total_seconds()  # ?rc secs
wk = START.isocalendar()  # ?rc wk
first.me = first
del first, visits
print(gc.collect())
print(label, secs, wk)
