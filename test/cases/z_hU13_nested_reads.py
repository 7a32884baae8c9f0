# Theme: a nested walk over the same set (symmetric: exact), a running counter beside a filter, reading what a coupled walk left (out[0], last.t), a leader found in a function
class T:
    def __init__(self, k):
        self.k = k


class Wrap:
    def __init__(self, t):
        self.t = t


a = T(1)
b = T(1)
c = T(2)
s = {a, b, c}
pairs = []
for x in s:
    for y in s:
        if x is not y:
            pairs.append((x, y))
del x, y
np = len(pairs)  # ?rc a b c
pairs.clear()
n = 0
big = []
for x in s:
    n += 1
    if x.k > 1:
        big.append(x)
del x
nb = len(big)  # ?rc a b c
seen = set()
out = []
for x in s:
    if x.k not in seen:
        seen.add(x.k)
        out.append(x)
del x
head = out[0]
h = True  # ?rc a b c head
for x in s:
    last = Wrap(x)
del x
keep = last.t
k = True  # ?rc a b c keep
keep = head = last = None
out.clear()
big.clear()
end = True  # ?rc a b c
def scan(items):
    best = None
    for it in items:
        if best is None or it.k >= best.k:
            best = it
    return best
w = scan(s)
ww = True  # ?rc a b c w
