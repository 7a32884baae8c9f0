# Comparing containers: equal lists, tuples, dicts and sets decide branches;
# a Python __eq__ on the items runs while they are compared.
import sys


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        seen.append(other)
        return self.k == other.k

    __hash__ = None


seen = []
a = [1, "x", (2, 3)]
b = [1, "x", (2, 3)]
box = []  # ?rc box
if a == b:
    box.append(a)  # ?rc a box
if a != [1]:
    box.append(b)  # ?rc b
d1 = {"k": [1, 2], "n": None}
d2 = {"n": None, "k": [1, 2]}
if d1 == d2:
    kept = d1  # ?rc d1 kept
s1, s2 = {1, 2, "a"}, {"a", 2, 1}
same_sets = s1 == s2
if same_sets:
    box.append(s1)  # ?rc s1 box
k1, k2 = Key(1), Key(1)  # ?rc k1 k2
if [k1] == [k2]:
    box.append(k1)  # ?rc k1 k2 seen
if (k1, 5) == (k2, 6):
    box.append(k2)
print(len(seen))  # ?rc k2 seen
print(sys.getrefcount(k2))
