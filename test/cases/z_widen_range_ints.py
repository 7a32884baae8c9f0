# A loop over a long range: past the rounds followed one by one, the rest run as a widened pass
# whose loop variable is an int of unknown value (range gives ints and nothing else), so a test
# like `i % 1000 == 0` goes both ways without opening the constant it uses, and what the loop only
# appends to or reads keeps an exact count afterwards.
import gc


class Stats:
    def __init__(self):
        self.samples = []
        self.total = 0


stats = Stats()  # ?rc stats
results = []  # ?rc results
marker = "sample marker!"  # ?rc marker
for i in range(5000):
    results.append(i * 2)
    stats.total += i
    if i % 1000 == 0:
        stats.samples.append(marker)
    elif i > 4990:
        last = i
view = results  # ?rc results stats view
samples = stats.samples  # ?rc samples stats
count = len(samples)
hits = 0
for j in range(2000, 4500, 3):
    if j % 7 == 3 and j > 2500:
        hits += 1
keep = [stats]  # ?rc stats keep
del view, samples
print(gc.collect())
