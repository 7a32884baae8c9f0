# Theme: a binary search tree with parent pointers, inserted iteratively,
# with in-order successor through the parent chain and deletion of a leaf;
# then the tree is dropped and its parent/child cycles collected.
import gc


class TreeNode:
    def __init__(self, key, parent=None):
        self.key = key
        self.left = None
        self.right = None
        self.parent = parent


def insert(root, key):
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = TreeNode(key, node)
                return node.left
            node = node.left
        else:
            if node.right is None:
                node.right = TreeNode(key, node)
                return node.right
            node = node.right


def successor(node):
    if node.right is not None:
        node = node.right
        while node.left is not None:
            node = node.left
        return node
    up = node.parent
    while up is not None and node is up.right:
        node = up
        up = up.parent  # ?rc node up
    return up


gc.collect()
root = TreeNode(50.5)  # ?rc root
nodes = [insert(root, k) for k in (30.5, 70.5, 20.5, 40.5, 60.5, 45.5)]  # ?rc root nodes
n45 = nodes[-1]  # ?rc n45
after = successor(n45)  # ?rc after root
n20 = nodes[2]  # ?rc n20
parent = n20.parent  # ?rc parent n20
parent.left = None  # ?rc n20 parent
n20.parent = None  # ?rc n20 parent
del n20
print(gc.collect())
del nodes, n45, after, parent
print(gc.collect())
del root
print(gc.collect())  # six nodes, all in parent/child cycles
