# Theme: itertools.tee fan-out over a stream of parsed rows: a reader that
# runs ahead leaves the rows in the shared buffer for the laggards until
# they catch up; islice and zip consume the copies.
from itertools import islice, tee


class Row:
    def __init__(self, n, val):
        self.n = n
        self.val = val


def parse(lines):
    for n, line in enumerate(lines):
        yield Row(n, float(line) * 1.5)


source = ["10", "12", "9", "15", "20", "18"]
fast, slow, audit = tee(parse(source), 3)  # ?rc fast slow audit
head = list(islice(fast, 3))  # ?rc head
h0 = head[0]  # ?rc h0 -- in head and in the tee buffer
lag = next(slow)  # ?rc lag h0
behind = next(audit)  # ?rc behind
rest = list(fast)  # ?rc rest h0
r_last = rest[-1]  # ?rc r_last
pairs = list(zip(slow, islice(audit, 1, None)))  # ?rc pairs h0 r_last
p0 = pairs[0]  # ?rc p0
del head, rest  # ?rc h0 r_last
del pairs, p0  # ?rc h0 r_last lag
del fast, slow, audit  # ?rc h0 r_last lag behind
print(lag.val, behind.val, r_last.val)
