# Theme: a sensor time series: datetime stamps, readings in an array, a
# deque window with maxlen for a moving average, statistics.mean and
# median, itertools.pairwise deltas, bisect over sorted stamps, and a
# ChainMap of settings layered over defaults.
import bisect
import gc
import itertools
import statistics
from array import array
from collections import ChainMap, deque
from datetime import datetime, timedelta


class Series:
    def __init__(self, start, step):
        self.start = start
        self.step = step
        self.stamps = []
        self.values = array("d")

    def add(self, value):
        stamp = self.start + self.step * len(self.stamps)
        self.stamps.append(stamp)
        self.values.append(value)
        return stamp


defaults = {"window": 3, "unit": "celsius degrees"}  # ?rc defaults
settings = ChainMap({"window": 2}, defaults)  # ?rc settings defaults
unit = settings["unit"]  # ?rc unit
series = Series(datetime(2024, 1, 1, 12, 0), timedelta(minutes=5))  # ?rc series
stamps = [series.add(v) for v in (20.5, 21.0, 23.5, 22.0, 25.5)]  # ?rc stamps
last = stamps[-1]  # ?rc last
window = deque(maxlen=settings["window"])  # ?rc window
averages = []  # ?rc averages
for value in series.values:
    window.append(value)
    averages.append(statistics.mean(window))
mid = statistics.median(series.values)  # ?rc mid
deltas = [b - a for a, b in itertools.pairwise(series.values)]  # ?rc deltas
gaps = [b - a for a, b in itertools.pairwise(series.stamps)]  # ?rc gaps
probe = series.start + timedelta(minutes=12)  # ?rc probe
pos = bisect.bisect_left(series.stamps, probe)  # ?rc pos
found = series.stamps[pos]  # ?rc found
values = series.values  # ?rc values
view = memoryview(values)  # ?rc view values
del view  # ?rc values
del series  # ?rc last found values
print(gc.collect())
