# Theme: parent/child trees and self-referencing containers. Children point
# back to their parent, lists/dicts that hold themselves: cyclic garbage
# that only gc.collect() frees.
import gc


class TreeNode:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


gc.collect()
root = TreeNode()  # ?rc root
a = TreeNode(root)  # ?rc root a
b = TreeNode(root)  # ?rc root b
leaf = TreeNode(a)  # ?rc a leaf
kids = root.children  # ?rc kids
del a, b  # ?rc root kids
del kids
n1 = gc.collect()
del root
print(gc.collect())  # nothing: leaf still reaches the tree
lp = leaf.parent  # ?rc lp leaf
del lp
leaf = None
print(gc.collect())  # four nodes + four children lists
top = TreeNode()
for _ in range(3):
    TreeNode(top)  # ?rc top
sub = top.children[1]  # ?rc sub
del top, sub
print(gc.collect())
lst = []  # ?rc lst
lst.append(lst)  # ?rc lst
d = {}  # ?rc d
d["self key"] = d  # ?rc d
d["list key"] = lst  # ?rc lst d
lst.append(d)  # ?rc d
del lst  # ?rc d
del d
print(gc.collect())  # both containers
ring = [[] for _ in range(4)]  # ?rc ring
for i in range(4):
    ring[i].append(ring[(i + 1) % 4])
node = ring[0]  # ?rc node
del ring  # ?rc node
print(gc.collect())
node = None
print(gc.collect())
t = ([],)  # ?rc t
t[0].append(t)  # ?rc t
del t
print(gc.collect())
