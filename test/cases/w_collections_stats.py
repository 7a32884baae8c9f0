# Theme: log statistics with collections: defaultdict of lists, Counter,
# a bounded deque of recent events, namedtuple records and sorted() with
# key=lambda and operator.itemgetter.
import gc
import sys
from collections import Counter, defaultdict, deque, namedtuple
from operator import itemgetter

Event = namedtuple("Event", ["level", "source", "cost"])

events = [Event("warn" if i % 3 else "error", "svc-%d" % (i % 2), i * 0.5) for i in range(8)]  # ?rc events
first = events[0]  # ?rc first
by_source = defaultdict(list)  # ?rc by_source
for ev in events:
    by_source[ev.source].append(ev)  # ?rc ev
svc0 = by_source["svc-0"]  # ?rc svc0
counts = Counter(ev.level for ev in events)  # ?rc counts
recent = deque(maxlen=3)  # ?rc recent
for ev in events:
    recent.append(ev)
last = recent[-1]  # ?rc last
print(sys.getrefcount(first), sys.getrefcount(last))
costly = sorted(events, key=lambda e: e.cost, reverse=True)  # ?rc costly last
pairs = sorted(((e.source, e.cost) for e in events), key=itemgetter(1))  # ?rc pairs
top = costly[0]  # ?rc top
missing = by_source["svc-9"]  # ?rc missing by_source
summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))  # ?rc summary
lvl, src, cost = first  # ?rc first
moved = first._replace(cost=cost + 1.5)  # ?rc moved first
asd = moved._asdict()  # ?rc asd
del events, costly, pairs, ev  # ?rc first top
recent.clear()  # ?rc last top
by_source.clear()  # ?rc svc0 first
gc.collect()
loop = defaultdict(list)
loop["self"].append(loop)
del loop
print(gc.collect())  # the defaultdict and its list
