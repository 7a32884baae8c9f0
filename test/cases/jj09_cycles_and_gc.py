# Theme: reference cycles and the cyclic garbage collector. A tree with
# parent and child links never reaches count zero on its own; gc.collect()
# finds the unreachable group and reports how many objects it freed.
import gc


class TreeNode:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


gc.collect()
root = TreeNode("root node")  # ?rc root
left = TreeNode("left node", root)  # ?rc root left
right = TreeNode("right node", root)  # ?rc root right
leaf = TreeNode("leaf node", left)  # ?rc left leaf
kids = root.children  # ?rc kids
del kids
del left, right, leaf  # ?rc root
print("nothing to free yet:", gc.collect())
del root
print("freed:", gc.collect())  # 4 nodes + 4 children lists

a = {"name": "dict a"}
b = {"name": "dict b", "peer": a}  # ?rc a b
a["peer"] = b  # ?rc a b
del a, b
print("two dicts:", gc.collect())

ring = [[] for _ in range(3)]  # ?rc ring
for i, cell in enumerate(ring):
    cell.append(ring[(i + 1) % 3])
head = ring[0]  # ?rc head
del ring
print("ring still reachable:", gc.collect())
del head, cell
print("ring of three lists:", gc.collect())
