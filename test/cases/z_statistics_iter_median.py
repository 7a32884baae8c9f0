# Theme: statistics over generators and medians: mean/stdev consume a generator
# whole and keep nothing; median/median_low/median_high/mode give back an item.
import statistics


class Reading:
    def __init__(self, sensor, value):
        self.sensor = sensor
        self.value = value


readings = [Reading("a", 3.5), Reading("b", 7.25), Reading("c", 5.0), Reading("d", 7.25)]
values = [r.value for r in readings]  # ?rc values
avg = statistics.mean(r.value for r in readings)  # ?rc avg
spread = statistics.pstdev(r.value for r in readings)  # ?rc spread
first = readings[0]  # ?rc first
mid = statistics.median_low(values)  # ?rc mid
hi = statistics.median_high(values)  # ?rc hi
common = statistics.mode(values)  # ?rc common
odd = statistics.median(values[:3])  # ?rc odd
even = statistics.median(values)  # ?rc even
counts = [3, 1, 4, 1, 5]
m_int = statistics.median(counts)  # ?rc m_int
mean_mixed = statistics.mean([1, 2.5, 4])  # ?rc mean_mixed
gen_mode = statistics.mode(len(r.sensor) for r in readings)  # ?rc gen_mode
del readings  # ?rc first values
del values  # ?rc mid hi common odd
