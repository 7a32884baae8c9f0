# Theme: tuple keys hash their items; sets and dicts built from a set or dict reuse stored hashes; d[k] += 1 hashes twice; a raising or non-int __hash__ ends the build
from collections import Counter
kept = []
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        kept.append(self)
        return self.n
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n
class Bad:
    def __hash__(self):
        kept.append(self)
        raise ValueError("no hash")
class Wrong:
    def __hash__(self):
        kept.append(self)
        return "x"
k = K(1)
t = (k, 2.5)
d = {t: 1}  # ?rc k
v = d[t]  # ?rc k
s = {k}  # ?rc k
s2 = set(s)  # ?rc k
fs = frozenset(s2)  # ?rc k
s3 = s | {3.5}  # ?rc k
d2 = dict([(k, 1)])  # ?rc k
d2[k] += 1  # ?rc k
d3 = {x: 0 for x in [k]}  # ?rc k
s4 = {x for x in [k]}  # ?rc k
c = Counter([k, k])  # ?rc k
s.discard(k)  # ?rc k
d4 = dict.fromkeys(s2)  # ?rc k
b = Bad()
try:
    e = {b: 1}
except ValueError:
    pass
n = len(kept)  # ?rc b
w = Wrong()
try:
    h = hash(w)
except TypeError:
    pass
n = len(kept)  # ?rc w
lst = [4.5]
try:
    d5 = {lst[0]: 1, b: 2}
except ValueError:
    pass
n = len(kept)  # ?rc b
print(n)
