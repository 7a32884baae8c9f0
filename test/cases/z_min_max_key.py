# min / max / sorted / list.sort with key functions: what the call holds while the key runs
class P:
    def __init__(self, w):
        self.w = w

def weight(p):
    q = p  # ?rc p
    return p.w

def wt2(p):
    seen.append(p)
    q = p  # ?rc q
    return p.w

a = P(3.5)
b = P(1.5)
c = P(2.5)
seen = []
m = min(a, b, key=weight)  # ?rc a b m
seen.clear()
n = max([a, b, c], key=wt2)  # ?rc a b c n
seen.clear()
o = max((P(x * 1.5) for x in range(3)), key=weight)  # ?rc o
s = sorted([c, a, b], key=weight)  # ?rc a b c
items = [c, a, b]
items.sort(key=wt2)
seen.clear()
z = min([], default=a)  # ?rc a z
lt = max([3.5, 9.5, 2.5])  # ?rc lt
