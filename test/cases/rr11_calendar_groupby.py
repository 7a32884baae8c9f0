# Theme: a meeting calendar: events sorted by (day, start) tuples, grouped
# per day with itertools.groupby, one event moved to another day (removed and
# re-inserted with bisect.insort on a key list), and a formatted agenda.
import bisect
import gc
import itertools


class Event:
    def __init__(self, day, start, title):
        self.day, self.start, self.title = day, start, title

    def key(self):
        return (self.day, self.start)


class Calendar:
    def __init__(self):
        self.events = []
        self.keys = []

    def add(self, ev):
        k = ev.key()  # ?rc k
        i = bisect.bisect(self.keys, k)
        self.keys.insert(i, k)
        self.events.insert(i, ev)  # ?rc ev

    def remove(self, ev):
        i = self.events.index(ev)
        del self.events[i], self.keys[i]
        return ev


gc.collect()
cal = Calendar()
standup = Event(1, 9.5, "Team standup")  # ?rc standup
review = Event(1, 14.0, "Code review")
lunch = Event(2, 12.5, "Lunch with Sam")
for ev in (review, standup, lunch):
    cal.add(ev)
del ev  # ?rc standup review lunch
by_day = {day: list(group) for day, group in itertools.groupby(cal.events, key=lambda e: e.day)}  # ?rc by_day
day1 = by_day[1]  # ?rc day1 review
moved = cal.remove(review)  # ?rc moved review
moved.day = 3
cal.add(moved)  # ?rc review
agenda = [f"day {e.day} {e.start:05.2f} {e.title}" for e in cal.events]  # ?rc agenda
del by_day, moved  # ?rc day1 review
del cal  # ?rc standup lunch review
del day1  # ?rc standup review
print(gc.collect())
