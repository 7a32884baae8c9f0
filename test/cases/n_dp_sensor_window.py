# Theme: streaming sensor readings: a deque as a sliding window for moving
# averages, an OrderedDict as a small LRU of recent alerts, and readings
# parsed from JSON lines. The Reading objects are shared between window,
# alerts and a per-sensor history.
import gc
import json
import sys
from collections import OrderedDict, deque

LINES = [
    '{"sensor": "t-1", "value": 20.5}',
    '{"sensor": "t-2", "value": 35.25}',
    '{"sensor": "t-1", "value": 21.0}',
    '{"sensor": "t-1", "value": 48.75}',
    '{"sensor": "t-3", "value": 19.5}',
    '{"sensor": "t-2", "value": 51.5}',
]


class Reading:
    def __init__(self, sensor, value):
        self.sensor = sensor
        self.value = value

    def __repr__(self):
        return f"Reading({self.sensor!r}, {self.value})"


class Monitor:
    def __init__(self, size, limit):
        self.window = deque(maxlen=size)
        self.alerts = OrderedDict()
        self.history = {}
        self.limit = limit

    def push(self, reading):
        self.window.append(reading)  # ?rc reading
        self.history.setdefault(reading.sensor, []).append(reading)
        if reading.value > self.limit:
            self.alerts[reading.sensor] = reading
            self.alerts.move_to_end(reading.sensor)
            while len(self.alerts) > 1:
                self.alerts.popitem(last=False)
        avg = sum(r.value for r in self.window) / len(self.window)  # ?rc avg
        return avg


mon = Monitor(3, 40.0)  # ?rc mon
averages = []
for text in LINES:
    doc = json.loads(text)  # ?rc doc
    r = Reading(doc["sensor"], doc["value"])
    averages.append(mon.push(r))  # ?rc r
last = r  # ?rc last
window = mon.window  # ?rc window
oldest = window[0]  # ?rc oldest
alert = next(iter(mon.alerts.values()))  # ?rc alert
print(averages, alert)
print(sys.getrefcount(oldest))
t1 = mon.history["t-1"]  # ?rc t1
del mon, window  # ?rc t1 oldest alert
del r, last  # ?rc alert
print(gc.collect())
