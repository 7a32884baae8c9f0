# Theme: copies of a set (list, sorted with tied keys) then walked with rounds that depend on each other
class Rec:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank


a = Rec("a", 1)
b = Rec("b", 1)
c = Rec("c", 2)
recs = {a, b, c}
copy = list(recs)
first = None
for r in copy:
    if first is None:
        first = r
del r
firsts = True  # ?rc a b c
ranked = sorted(recs, key=lambda r: r.rank)
leader = None
for r in ranked:
    if leader is None or r.rank < leader.rank:
        leader = r
del r
led = True  # ?rc a b c
seen = set()
uniq = []
for r in ranked:
    if r.rank not in seen:
        seen.add(r.rank)
        uniq.append(r)
del r
u = len(uniq)  # ?rc a b c uniq
for i, r in enumerate(copy):
    if i == 1:
        mid = r
del i, r
middle = True  # ?rc a b c
first = leader = mid = None
uniq.clear()
copy = ranked = None
done = True  # ?rc a b c
