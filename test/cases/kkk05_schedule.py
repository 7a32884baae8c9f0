# Release schedule: datetime.date and timedelta, an enum of phases,
# itertools.accumulate/pairwise-style zip, and f-string formatting.
import sys
from datetime import date, timedelta
from enum import Enum
from itertools import accumulate, islice, count


class Phase(Enum):
    ALPHA = "alpha"
    BETA = "beta"
    RC = "release candidate"


START = date(2024, 3, 1)  # ?rc START
DURATIONS = [timedelta(days=d) for d in (14, 21, 10)]  # ?rc DURATIONS


def milestones(start, durations):
    offsets = list(accumulate(durations))  # ?rc durations offsets
    result = []
    for phase, off in zip(Phase, offsets):
        when = start + off  # ?rc when off
        result.append((phase, when))
    return result


plan = milestones(START, DURATIONS)  # ?rc plan START
first_phase, first_day = plan[0]  # ?rc first_day
rows = [f"{ph.value:<18} {d:%Y-%m-%d} ({d.strftime('%a')})" for ph, d in plan]  # ?rc rows
gap = plan[-1][1] - START  # ?rc gap
weeks = gap.days / 7.0  # ?rc weeks
sprints = list(islice(count(1), 3))
labels = {}
for n in sprints:
    lab = "Sprint {} ends {}".format(n, START + timedelta(weeks=2 * n))  # ?rc lab
    labels[n] = lab  # ?rc lab labels
print("\n".join(rows))
print(f"total {gap.days} days, {weeks:.1f} weeks")
del plan  # ?rc first_day
print(sys.getrefcount(first_day))
print(sys.getrefcount(DURATIONS))
