# Theme: comprehensions with filters, the walrus operator (which binds in
# the enclosing scope), enumerate/zip sources, and generator expressions
# consumed partly by next() and any().


class Rec:
    def __init__(self, score):
        self.score = score


r1, r2, r3 = Rec(1.5), Rec(2.5), Rec(3.5)
recs = [r1, r2, r3, r1]  # ?rc r1
high = [r for r in recs if r.score > 2]  # ?rc r1 r3 high
marks = [last := r for r in recs]  # ?rc r1 last
del marks  # ?rc r1
index = {i: r for i, r in enumerate(recs)}  # ?rc r1
paired = dict(zip(["a", "b"], recs))  # ?rc r2
gen = (r for r in recs if r.score > 3)  # ?rc recs gen
hit = next(gen)  # ?rc r3
found = any(r is r2 for r in recs)  # ?rc recs r2
grid = [[r for r in recs[:i]] for i in range(3)]  # ?rc r1 grid
flat = [r for row in grid for r in row]  # ?rc r1
del gen  # ?rc recs r3


def pick(items, limit):
    chosen = [r for r in items if r.score < limit]  # ?rc items chosen
    return chosen


out = pick(recs, 3)  # ?rc r1 r2 out
