# Theme: statistics.mean / fmean of known numbers give known values, so the
# branches and dict keys that depend on them are followed exactly.
import statistics

scores = [91.5, 95.0, 88.25]
avg = statistics.mean(scores)  # ?rc avg scores
band = []
if avg >= 91.5:
    band.append(scores)  # ?rc scores
else:
    band.append(avg)  # ?rc avg
big = statistics.mean([10**20, 3 * 10**20])  # ?rc big
half = statistics.mean([1, 2])  # ?rc half
fm = statistics.fmean([0.1, 0.2, 0.3])  # ?rc fm
gen_avg = statistics.mean(x * 1.5 for x in range(1, 5))  # ?rc gen_avg
buckets = {}
for row in ([1.5, 2.5], [3.0, 4.0], [2.0, 2.0]):
    key = statistics.mean(row)
    buckets.setdefault(key, []).append(row)  # ?rc row key
two = buckets[2.0]  # ?rc two
ordered = sorted([[7.5, 8.5], [1.0, 9.0], [4.0, 4.5]], key=statistics.fmean)  # ?rc ordered
low = ordered[0]  # ?rc low
print(avg, big, half, fm, gen_avg, len(buckets), low)
