# itertools beyond chain: islice, count, groupby, product, accumulate, zip_longest
# and tee; each keeps its sources while it is alive.
import itertools
import sys


class Ev:
    def __init__(self, kind, n):
        self.kind = kind
        self.n = n


evs = [Ev("a", 1), Ev("a", 2), Ev("b", 3)]  # ?rc evs
e0 = evs[0]  # ?rc e0
first_two = list(itertools.islice(evs, 2))  # ?rc first_two e0
sl = itertools.islice(evs, 1, None)  # ?rc sl evs
nxt = next(sl)  # ?rc nxt
del sl  # ?rc evs
numbered = list(zip(itertools.count(1), evs))  # ?rc numbered e0
kinds = {k: list(g) for k, g in itertools.groupby(evs, key=lambda e: e.kind)}  # ?rc kinds e0
pairs = list(itertools.product(evs[:1], [1, 2]))  # ?rc pairs e0
sums = list(itertools.accumulate([e.n for e in evs]))  # ?rc sums
longest = list(itertools.zip_longest(evs, [1]))  # ?rc longest e0
print(sys.getrefcount(e0))
