# Theme: tree traversals taught with generators: recursive in-order with
# `yield from`, breadth-first with collections.deque, and a height function.
from collections import deque


class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node
        yield from inorder(node.right)


def level_order(root):
    todo = deque([root])
    while todo:
        node = todo.popleft()
        yield node
        for child in (node.left, node.right):
            if child is not None:
                todo.append(child)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


leaf_a = Node(1.5)  # ?rc leaf_a
leaf_b = Node(3.5)
mid = Node(2.5, leaf_a, leaf_b)  # ?rc mid leaf_a
root = Node(5.5, mid, Node(7.5))  # ?rc root mid
walk = inorder(root)  # ?rc walk root
first = next(walk)  # ?rc first leaf_a
second = next(walk)  # ?rc second mid
walk.close()  # ?rc leaf_a mid
keys = [n.key for n in inorder(root)]  # ?rc keys
bfs = list(level_order(root))  # ?rc bfs root mid leaf_a
h = height(root)
for node in level_order(root):
    depth_marker = node  # ?rc node
del bfs, node, depth_marker  # ?rc root mid leaf_a
