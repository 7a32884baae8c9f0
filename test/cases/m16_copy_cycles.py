# copy.copy and copy.deepcopy of cyclic structures: a shallow copy shares
# the elements, a deep copy rebuilds the cycle using its memo.
import copy
import gc


class Doc:
    def __init__(self, title):
        self.title = title
        self.links = []


gc.collect()
orig = [1.5, 2.5]
orig.append(orig)  # ?rc orig
shallow = copy.copy(orig)  # ?rc orig shallow
print(shallow[2] is orig)
deep = copy.deepcopy(orig)  # ?rc orig deep
print(deep[2] is deep)
del shallow  # ?rc orig
del orig, deep
print(gc.collect())  # two self-holding lists

a = Doc("first doc!")  # ?rc a
b = Doc("second doc!")  # ?rc b
a.links.append(b)  # ?rc b
b.links.append(a)  # ?rc a
a2 = copy.copy(a)  # ?rc a a2 b
print(a2.links is a.links)
links = a.links  # ?rc links
a3 = copy.deepcopy(a)  # ?rc a a3
b3 = a3.links[0]  # ?rc b3 a3
del links
del a2  # ?rc a
print(gc.collect())  # nothing: all reachable
del a, b
print(gc.collect())  # a, b and their link lists
del a3, b3
print(gc.collect())  # the deep copies


def clone_many(src, n):
    out = []
    for _ in range(n):
        cp = copy.deepcopy(src)  # ?rc cp src
        out.append(cp)
    return out


tree = {"name": "root!", "kids": []}
tree["kids"].append(tree)  # ?rc tree
clones = clone_many(tree, 3)  # ?rc clones tree
one = clones[0]  # ?rc one
del clones  # ?rc one
del one
print(gc.collect())  # three dict + list cycles
memo = {}
d1 = copy.deepcopy(tree, memo)  # ?rc d1 tree
d2 = copy.deepcopy(tree, memo)  # ?rc d1 d2
print(d1 is d2)
del memo  # ?rc d1 tree
del d1, d2, tree
print(gc.collect())
