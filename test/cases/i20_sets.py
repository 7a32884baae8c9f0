# Theme: set operations on sets of objects: |, &, -, ^ and in-place forms.
# Each set holds one reference to each member; no iteration order is used.


class M:
    pass


a, b, c = M(), M(), M()  # ?rc a b c
s1 = {a, b}  # ?rc a b s1
s2 = {b, c}  # ?rc b c
u = s1 | s2  # ?rc a b c u
i = s1 & s2  # ?rc b i
diff = s1 - s2  # ?rc a
sym = s1 ^ s2  # ?rc a b c
s1 |= s2  # ?rc s1 c
s1 &= {a, c}  # ?rc b
s1 -= {c}  # ?rc c
s1 ^= {b}  # ?rc b s1
fz = frozenset(u)  # ?rc a fz
del u, i, diff, sym  # ?rc a b c
s1.discard(a)  # ?rc a
s1.add(c)  # ?rc c
s1.clear()  # ?rc a b c
del fz  # ?rc a b c
