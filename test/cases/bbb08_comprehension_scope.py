# Theme: comprehension variables live in their own scope (inlined in 3.12+,
# still invisible afterwards); the loop variable of a plain `for` leaks. What
# the comprehension result holds after it finishes.


class Reading:
    def __init__(self, v):
        self.v = v


readings = [Reading(i * 1.5) for i in range(5)]  # ?rc readings
r0 = readings[0]  # ?rc r0
doubled = [r for r in readings for _ in range(2)]  # ?rc r0 doubled
by_val = {r.v: r for r in readings}  # ?rc r0 by_val
pairs = [(a, b) for a in readings[:2] for b in readings[:2]]  # ?rc r0 pairs

for item in readings:
    pass
leaked = item  # ?rc leaked -- the loop name outlives the loop

gen = (r for r in readings if r.v > 2)  # ?rc gen readings
first_big = next(gen)  # ?rc first_big
del gen  # ?rc readings first_big


def window(seq, size):
    chunks = [seq[i:i + size] for i in range(0, len(seq), size)]  # ?rc chunks
    flat = [x for chunk in chunks for x in chunk]  # ?rc flat
    return chunks


chunks = window(readings, 2)  # ?rc r0 chunks
r = "outer value!"  # ?rc r
names = [r for r in ["n1", "n2"]]  # ?rc r names
nested = [[r0 for _ in range(3)] for _ in range(2)]  # ?rc r0 nested
del doubled, pairs  # ?rc r0
print(len(by_val), leaked.v, r)
