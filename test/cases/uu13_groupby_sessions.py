# Theme: splitting a click log into per-user sessions with itertools.groupby
# over records sorted by attrgetter; each group is materialised, summarised
# and the intermediate sorted list is dropped.
import gc
from itertools import groupby
from operator import attrgetter


class Click:
    def __init__(self, user, ts, page):
        self.user = user
        self.ts = ts
        self.page = page


log = [Click("u-%d" % (i % 3), i * 7.5, "/p/%d" % i) for i in range(9)]  # ?rc log
c0, c8 = log[0], log[8]  # ?rc c0 c8
by_user = attrgetter("user", "ts")  # ?rc by_user
ordered = sorted(log, key=by_user)  # ?rc ordered c0
sessions = {}
for user, clicks in groupby(ordered, key=attrgetter("user")):
    batch = list(clicks)  # ?rc batch
    sessions[user] = batch  # ?rc batch
first_user = ordered[0].user  # ?rc first_user
mine = sessions[first_user]  # ?rc mine c0
spans = {u: b[-1].ts - b[0].ts for u, b in sessions.items()}  # ?rc spans
longest = max(spans.values())  # ?rc longest
del ordered  # ?rc c0 c8
for b in sessions.values():
    for c in b:
        c.session = b  # ?rc b
del b, c, batch
del mine  # ?rc c0
del log, sessions  # ?rc c0 c8
c0 = c8 = None
found = gc.collect()
print(longest, first_user, found)
