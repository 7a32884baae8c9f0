# Theme: gc.collect() after building a parent/child tree with back links,
# then breaking some links by hand before dropping the root.
import gc


class TreeNode:
    def __init__(self, parent=None):
        self.parent = parent
        self.kids = []
        if parent is not None:
            parent.kids.append(self)


gc.collect()
root = TreeNode()  # ?rc root
a = TreeNode(root)  # ?rc root a
b = TreeNode(root)
c = TreeNode(a)  # ?rc a c
del a, b, c  # ?rc root
print(gc.collect())  # everything still reachable from root
kids = root.kids  # ?rc kids
for k in kids:
    k.parent = None
del k  # ?rc root
del kids
del root  # no cycles left: freed by reference counting
print(gc.collect())
r2 = TreeNode()
TreeNode(TreeNode(r2))
del r2
print(gc.collect())  # three nodes and three kids lists
