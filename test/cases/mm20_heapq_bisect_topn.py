# Theme: rank parsed latency samples: heapq.nlargest/nsmallest with a key,
# a heap of (neg, seq, record) tuples for top-k streaming, and bisect on a
# sorted key list to bucket values into percentile bands.
import bisect
import heapq


class Sample:
    def __init__(self, route, ms):
        self.route = route
        self.ms = ms


RAW = "/api/a 12.5,/api/b 250.0,/api/c 33.25,/api/a 990.5,/api/d 71.0,/api/b 5.75"
samples = [Sample(r, float(ms)) for r, ms in (p.split() for p in RAW.split(","))]  # ?rc samples
slowest = heapq.nlargest(2, samples, key=lambda s: s.ms)  # ?rc slowest
worst = slowest[0]  # ?rc worst
fastest = heapq.nsmallest(1, samples, key=lambda s: s.ms)[0]  # ?rc fastest
heap = []
for seq, s in enumerate(samples):
    heapq.heappush(heap, (s.ms, seq, s))
    if len(heap) > 3:
        dropped = heapq.heappop(heap)  # ?rc dropped
del s, dropped
top3 = sorted(heap, reverse=True)  # ?rc top3
entry = top3[0]  # ?rc entry worst
keys = sorted(s.ms for s in samples)  # ?rc keys
bounds = [10.0, 50.0, 100.0, 500.0]  # ?rc bounds
bands = [bisect.bisect_right(bounds, s.ms) for s in samples]  # ?rc bands
median = keys[len(keys) // 2]  # ?rc median
pos = bisect.bisect_left(keys, median)
labels = ["<10", "10-50", "50-100", "100-500", "500+"]
band_of_worst = labels[bisect.bisect(bounds, worst.ms)]  # ?rc band_of_worst
del heap, top3  # ?rc worst entry
del samples, slowest  # ?rc worst fastest
print(entry[2].route, median, pos, band_of_worst)
