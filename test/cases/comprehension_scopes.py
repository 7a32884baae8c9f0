# Theme: comprehensions of objects: lists, sets, dicts and generator expressions.
class P:
    def __init__(self, v):
        self.v = v

ps = [P(i) for i in range(3)]  # ?rc ps
p0 = ps[0]  # ?rc p0
by_v = {p.v: p for p in ps}  # ?rc p0 by_v
pairs = [(p, q) for p in ps for q in ps if p is q]  # ?rc p0 pairs
flat = [x for row in [[p0, p0], [p0]] for x in row]  # ?rc p0 flat
gen = (p for p in ps)
first = next(gen)  # ?rc p0 first
del gen  # ?rc p0
s = {id(p) for p in ps}  # ?rc p0
nested = [[p0] * 2 for _ in range(2)]  # ?rc p0 nested
del by_v, pairs, flat, nested  # ?rc p0
