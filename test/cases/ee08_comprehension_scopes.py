# Theme: comprehensions build new containers that hold their own references;
# the loop variable does not leak, a generator expression keeps its source.
class Cell:
    def __init__(self, v):
        self.v = v


def grid(n):
    row = [Cell(i * 0.5) for i in range(n)]  # ?rc row
    table = [[c for c in row] for _ in range(2)]  # ?rc row table
    first = row[0]  # ?rc first
    index = {id(c): c for c in row}  # ?rc first index
    total = sum(c.v for c in row if c.v > 0.25)  # ?rc total first
    return table, index


table, index = grid(3)  # ?rc table index
r0 = table[0]  # ?rc r0
a = r0[0]  # ?rc a
del index  # ?rc a
flat = [c for r in table for c in r]  # ?rc a flat
table[1] = None  # ?rc a
gen = (c for c in flat)  # ?rc flat gen
got = next(gen)  # ?rc a got
del gen  # ?rc flat a
big = {c: [c, c] for c in r0 if c.v > 0.25}  # ?rc big a
r1 = r0[1]  # ?rc r1
