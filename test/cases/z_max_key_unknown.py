# Theme: max / min / sorted with key= over values made by round(): round(x, n)
# of a known float is computed (half to even on the exact binary value), so the
# winner is known and only it gets the extra reference.
k1 = "".join(["far", " north"])  # ?rc k1
k2 = "".join(["north", "-east"])  # ?rc k2
k3 = "".join(["south", " west"])  # ?rc k3
d = {k1: round(2.675, 2), k2: round(2.665, 2), k3: round(0.125, 2)}  # ?rc d
best = max(d, key=d.get)  # ?rc best k1 k2 k3
worst = min(d, key=d.get)  # ?rc worst k1 k2 k3
ranked = sorted(d, key=d.get, reverse=True)  # ?rc ranked k1 k2 k3
top = ranked[0]  # ?rc top
v = d[top]  # ?rc v
r0 = round(2.5, None)  # ?rc r0 -- a small int on purpose: immortal on 3.12+ (dropped on 3.11)
r1 = round(3.5) * 1000  # ?rc r1
big = round(1e15 + 0.5, 1) * 1  # ?rc big
e = {k1: round(-0.5), k2: round(0.5), k3: round(1.5)}
low = min(e, key=e.get)  # ?rc low k1 k2 k3
del best, worst, top, low  # ?rc k1 k2 k3
