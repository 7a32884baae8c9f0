# Theme: copy.copy and copy.deepcopy on a small tree with parent links. A
# shallow copy shares the children list; a deep copy rebuilds the whole
# cycle (the memo keeps shared objects shared). copy asks for __dict__, so
# the instance dicts become real objects. A pickle round trip is a deep copy
# too.
import copy
import gc
import pickle


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children if children is not None else []
        self.parent = None


gc.collect()
leaf = Node("leaf node!")
root = Node("root node!", [leaf])
leaf.parent = root
shallow = copy.copy(root)  # ?rc leaf shallow root
kids = root.children  # ?rc kids
deep = copy.deepcopy(root)  # ?rc root leaf deep
dleaf = deep.children[0]  # ?rc dleaf deep
del deep, dleaf
print(gc.collect())  # the copied root and leaf, their dicts and lists
pair = [leaf, leaf]
dp = copy.deepcopy(pair)  # ?rc dp leaf
x = dp[0]  # ?rc x
del dp, x
print(gc.collect())
rows = [[1.5, 2.5], [3.5]]
flat_copy = copy.copy(rows)  # ?rc flat_copy
inner = rows[0]  # ?rc inner
deep_rows = copy.deepcopy(rows)  # ?rc inner
d_inner = deep_rows[0]
num = inner[0]  # ?rc num -- floats are not copied
state = leaf.__getstate__()  # ?rc state -- the attribute dict itself
del state
clone = pickle.loads(pickle.dumps(root))  # ?rc clone
c_kids = clone.children  # ?rc c_kids
del clone, c_kids
print(gc.collect())  # the unpickled tree
del shallow  # ?rc kids
del root, leaf, kids
print(gc.collect())
