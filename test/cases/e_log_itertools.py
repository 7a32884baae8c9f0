# Theme: a log processor: re.compile with groups, itertools.groupby on
# sorted records, accumulate running totals, islice pages, tee.
import gc
import itertools
import re
import sys
from operator import itemgetter

LINE = re.compile(r"(\w+)\s+(\d+)ms\s+(.*)")  # ?rc LINE
RAW = [
    "GET 120ms /index.html",
    "POST 340ms /api/save",
    "GET 80ms /about.html",
    "PUT 45ms /api/item/7",
    "GET 15ms /favicon.ico",
]  # ?rc RAW


class Hit:
    def __init__(self, verb, ms, path):
        self.verb = verb
        self.ms = ms
        self.path = path


def parse(lines):
    out = []
    for text in lines:
        m = LINE.match(text)  # ?rc m text
        verb, ms, path = m.groups()
        out.append(Hit(verb, int(ms), path))
    return out


hits = parse(RAW)  # ?rc hits LINE
h0 = hits[0]  # ?rc h0
by_verb = sorted(hits, key=lambda h: h.verb)  # ?rc by_verb h0
groups = {k: list(g) for k, g in itertools.groupby(by_verb, key=lambda h: h.verb)}  # ?rc groups h0
gets = groups["GET"]  # ?rc gets
running = list(itertools.accumulate(h.ms for h in hits))  # ?rc running
peak = running[-1]  # ?rc peak
page = list(itertools.islice(hits, 1, 3))  # ?rc page h0
left, right = itertools.tee(hits, 2)  # ?rc left right hits
head = next(left)  # ?rc head h0
del left  # ?rc right h0
slow = list(itertools.dropwhile(lambda h: h.ms < 100, hits))  # ?rc slow
fast = list(itertools.takewhile(lambda h: h.ms > 50, hits))  # ?rc fast h0
pairs = list(itertools.pairwise(running))  # ?rc pairs
p0 = pairs[0]  # ?rc p0
paths = sorted(((h.path, h.ms) for h in hits), key=itemgetter(1))  # ?rc paths
print(sys.getrefcount(h0), len(gets), peak)
del right, head  # ?rc h0
del hits, by_verb, groups, gets, page, slow, fast  # ?rc h0
h0.me = h0
del h0
print(gc.collect())
