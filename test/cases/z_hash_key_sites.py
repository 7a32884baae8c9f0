# Theme: dict / set operations and hash() run a key's own __hash__ once each (store, lookup, in, get, pop, add, set(list), displays, frozenset, fromkeys, lru_cache)
import functools
kept = []
class K:
    def __hash__(self):
        kept.append(self)
        return 7
k = K()
d = {}
d[k] = 1.5  # ?rc k
v = d[k]  # ?rc k
c = k in d  # ?rc k
g = d.get(k)  # ?rc k
p = d.pop(k)  # ?rc k
s = set()
s.add(k)  # ?rc k
c2 = k in s  # ?rc k
s2 = set([k])  # ?rc k
d2 = {k: 2.5}  # ?rc k
fs = frozenset([k])  # ?rc k
h = hash(k)  # ?rc k
fk = dict.fromkeys([k])  # ?rc k
@functools.lru_cache
def f(x):
    return 1
f(k)  # ?rc k
f(k)  # ?rc k
print(len(kept))
