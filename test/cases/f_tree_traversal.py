# Application: a binary tree of nodes with traversals that return lists,
# a recursive height, and a level-order walk with a queue of nodes.
import gc
import sys


class TreeNode:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

    def __repr__(self):
        return "TreeNode(%r)" % (self.key,)


def inorder(node):
    if node is None:
        return []
    left = inorder(node.left)  # ?rc left
    return left + [node] + inorder(node.right)


def preorder(node, acc):
    if node is not None:
        acc.append(node)  # ?rc node
        preorder(node.left, acc)
        preorder(node.right, acc)
    return acc


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def level_order(root):
    levels = []
    queue = [root]
    while queue:
        nxt = []
        keys = [n.key for n in queue]  # ?rc keys
        levels.append(keys)
        for n in queue:
            if n.left:
                nxt.append(n.left)
            if n.right:
                nxt.append(n.right)
        queue = nxt  # ?rc queue
    return levels


leaf1 = TreeNode(1.5)  # ?rc leaf1
leaf2 = TreeNode(3.5)  # ?rc leaf2
mid = TreeNode(2.5, leaf1, leaf2)  # ?rc mid leaf1
root = TreeNode(5.5, mid, TreeNode(7.5))  # ?rc root mid
order = inorder(root)  # ?rc order leaf1 root
pre = preorder(root, [])  # ?rc pre root mid
h = height(root)  # ?rc h
lv = level_order(root)  # ?rc lv
print(order, lv, h)
print(sys.getrefcount(leaf2))
del order, pre  # ?rc leaf1 mid root
del root  # ?rc mid
print(gc.collect())
mid.left = None  # ?rc leaf1
del lv  # ?rc leaf1
print(gc.collect())
