# Theme: ints are immutable. `n += 1` rebinds a name (or a dict slot) to a new
# int; big ints are fresh objects each time, small ones are shared singletons.
# Counters kept in dicts, lists and attributes.


class Stats:
    def __init__(self):
        self.total = 10 ** 9
        self.hits = 0


stats = Stats()
big = 10 ** 9  # ?rc big
base = big  # ?rc big base
big += 1  # ?rc big base
counts = {"x": big, "y": big}  # ?rc big
counts["x"] += 5  # ?rc big
snapshot = counts["x"]  # ?rc snapshot

for word in ["aa", "bb", "aa"]:
    counts[word] = counts.get(word, 10 ** 7) + 1  # ?rc counts
aa = counts["aa"]  # ?rc aa


def bump(s, by):
    t = s.total  # ?rc t
    s.total += by  # ?rc t
    return s.total


after = bump(stats, big)  # ?rc after big
again = bump(stats, big)  # ?rc after again
tally = [after] * 3  # ?rc after tally
tally[1] += 7  # ?rc after
flag = 2 ** 40 // 3  # ?rc flag
half = flag  # ?rc flag half
flag -= 12345  # ?rc flag half
del base, half  # ?rc big
print(counts, stats.total, tally[1] - tally[0])
