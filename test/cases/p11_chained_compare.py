# Chained comparisons evaluate the middle operand once; if/else joins of
# rebinding keep the references the branch taken left behind.


class Limit:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


lo = Limit(1.5)  # ?rc lo
mid = Limit(2.5)
hi = Limit(3.5)
ok = lo < mid < hi  # ?rc lo mid
chosen = mid if lo < mid < hi else lo  # ?rc chosen mid
bounds = [lo, hi]  # ?rc bounds lo
for b in bounds:
    inside = b < mid < hi or mid < b  # ?rc b
if lo < hi < mid:
    pick = hi
else:
    pick = lo  # ?rc pick
spare = pick  # ?rc lo spare
del b  # ?rc hi
del chosen  # ?rc mid
