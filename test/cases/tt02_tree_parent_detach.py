# Theme: a tree whose nodes keep a parent pointer. One subtree is detached
# properly (parent pointer cleared) and survives; the rest of the tree is
# dropped as a whole and left to the cycle collector.
import gc


class TreeNode:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def detach(self):
        self.parent.children.remove(self)
        self.parent = None


gc.collect()
root = TreeNode("root node!")  # ?rc root
left = TreeNode("left side!", root)  # ?rc root left
right = TreeNode("right side!", root)  # ?rc root right
leaf1 = TreeNode("leaf one!", left)  # ?rc left leaf1
leaf2 = TreeNode("leaf two!", left)  # ?rc left leaf2
leaf3 = TreeNode("leaf three!", right)  # ?rc right leaf3
kids = root.children  # ?rc kids
right.detach()  # ?rc root right kids
del leaf1, leaf2, leaf3
del left, kids
print(gc.collect())  # root still named: nothing to find
del root
print(gc.collect())  # root, left, two leaves and their four children lists
sub = right  # ?rc sub
leaf = sub.children[0]  # ?rc leaf sub
del sub, right  # ?rc leaf
print(gc.collect())  # nothing: the leaf still reaches right
del leaf
print(gc.collect())  # right, leaf3 and their two children lists
