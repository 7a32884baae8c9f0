# Theme: set algebra creates new sets that share the element objects.
class E:
    pass
e1 = E()
e2 = E()
e3 = E()
s1 = {e1, e2}  # ?rc e1 e2
s2 = {e2, e3}  # ?rc e2 e3
u = s1 | s2  # ?rc e1 e2 e3 u
i = s1 & s2  # ?rc e2 i
d = s1 - s2  # ?rc e1 d
x = s1 ^ s2  # ?rc e1 e2 e3 x
s1 |= {e3}  # ?rc e3 s1
fs = frozenset(s1)  # ?rc e1 fs
del u, i, d, x  # ?rc e1 e2 e3
s1.discard(e1)  # ?rc e1
fs2 = fs.union(s2)  # ?rc e2 fs2
