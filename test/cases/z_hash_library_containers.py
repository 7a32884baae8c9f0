# Theme: more key and index sites: setdefault, set.update / remove, set algebra with a list, dict.update(pairs), a defaultdict miss (hashed twice), OrderedDict, frozenset; deque, array, memoryview items and str.find bounds read __index__
import collections, array
kept = []
class K:
    def __hash__(self):
        kept.append(self)
        return 5
class I:
    def __index__(self):
        kept.append(self)
        return 1
a = K()
d = {}
d.setdefault(a, 1)  # ?rc a
s = set()
s.update([a])  # ?rc a
s.remove(a)  # ?rc a
b = K()
s2 = {1.5} - {b}  # ?rc b
s3 = {2.5}.intersection([b])  # ?rc b
d.update([(b, 2)])  # ?rc b
dd = collections.defaultdict(list)
c = K()
dd[c].append(1)  # ?rc c
od = collections.OrderedDict()
od[c] = 1  # ?rc c
fz = frozenset([c])  # ?rc c
e = c in fz  # ?rc c
i = I()
dq = collections.deque([1.5, 2.5])
x = dq[i]  # ?rc i
j = I()
ar = array.array('d', [1.5, 2.5])
y = ar[j]  # ?rc j
k = I()
mv = memoryview(b"abc")
z = mv[k]  # ?rc k
m = I()
t = "abcd".find("b", m)  # ?rc m
print(len(kept))
