# pprint sorts dict keys and set items with their own __lt__, an unknown number of times:
# such a pformat lets what it reaches escape; keys without their own order keep exact counts.
import pprint

seen = []

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self is other
    def __lt__(self, other):
        seen.append(self)
        return self.n < other.n
    def __repr__(self):
        return f"K({self.n})"

a = K(2)
b = K(1)
d = {a: 1, b: 2}
s = pprint.pformat(d)  # ?rc a b d
print(len(seen))
t = pprint.pformat({3: [a]})  # ?rc a
u = pprint.pformat({a, b})  # ?rc a b

class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "P"

class O:
    def __lt__(self, other):
        return True

p = P(1)
q = P(2)
d = {"x": p, "y": [q]}
s = pprint.pformat(d)  # ?rc p q d s
o = O()
e = {1: o}
t = pprint.pformat(e)  # ?rc o e
f = {o: 1}
u = pprint.pformat(f, sort_dicts=False)  # ?rc o f
