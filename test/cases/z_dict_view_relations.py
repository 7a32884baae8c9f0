# Dict views with identity-hashed instance keys: `keys() - keys()` and the other set operators,
# isdisjoint, comparisons with sets and other views, reversed() over items and values; no program
# code runs, so the keys' counts stay exact.
import gc


class K:
    pass


a, b, c = K(), K(), K()
v = (1.5, 2.5)
d1 = {a: v, b: 2.5}  # ?rc a v
d2 = {b: 3.5, c: 4.5}  # ?rc b c
ks = d1.keys() - d2.keys()  # ?rc ks a
both = d1.keys() & d2.keys()  # ?rc both b
every = d1.keys() | {c}  # ?rc every a b c
odd = d1.keys() ^ d2.keys()  # ?rc odd a c
del ks, both, every, odd  # ?rc a b c
dj = d1.keys().isdisjoint([c])  # ?rc dj a c
dj2 = d1.keys().isdisjoint(d2.keys())  # ?rc dj2 b
same = d1.keys() == {a, b}  # ?rc same a b
sub = d1.keys() <= {a, b, c}  # ?rc sub
sup = {a, b, c} > d2.keys()  # ?rc sup
views = d1.keys() != d2.keys()  # ?rc views
rv = list(reversed(d1.items()))  # ?rc rv a v
del rv  # ?rc a v
it = reversed(d1.items())  # ?rc it
first = next(it)  # ?rc first b
second = next(it)  # ?rc second a v
del first, second, it  # ?rc a b v
vals = list(reversed(d1.values()))  # ?rc vals v
box = []
if d1.keys() >= {a}:
    box.append(a)  # ?rc box a
d1[c] = d1
del d1
n = gc.collect()  # ?gc n
