# Theme: collections.defaultdict(list) grouping objects, Counter over keys;
# the default factory list is created per missing key.
from collections import defaultdict, Counter
import sys


class Ev:
    def __init__(self, kind):
        self.kind = kind


e1, e2, e3 = Ev("kind a!"), Ev("kind b!"), Ev("kind a!")  # ?rc e1
events = [e1, e2, e3]
groups = defaultdict(list)  # ?rc groups
for ev in events:
    groups[ev.kind].append(ev)  # ?rc ev
del ev  # ?rc e3
bucket = groups["kind a!"]  # ?rc bucket e1
empty = groups["missing kind!"]  # ?rc empty
counts = Counter(e.kind for e in events)  # ?rc counts
print(sys.getrefcount(bucket))
del groups  # ?rc bucket empty e1
