# Theme: a CS2 binary search tree with recursive insert and delete, where
# each call returns the (possibly new) root of its subtree and the caller
# stores it back: node.left = delete(node.left, key).
import gc


class BSTNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(node, key):
    if node is None:
        return BSTNode(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node


def min_node(node):
    while node.left is not None:
        node = node.left
    return node


def delete(node, key):
    if node is None:
        return None
    if key < node.key:
        node.left = delete(node.left, key)
    elif key > node.key:
        node.right = delete(node.right, key)
    else:
        if node.left is None:
            return node.right
        if node.right is None:
            return node.left
        succ = min_node(node.right)  # ?rc succ
        node.key = succ.key
        node.right = delete(node.right, succ.key)
    return node


root = None
for k in [50.5, 30.5, 70.5, 20.5, 40.5, 60.5, 80.5]:
    root = insert(root, k)  # ?rc root
left_child = root.left  # ?rc left_child
smallest = min_node(root)  # ?rc smallest left_child
root = delete(root, 20.5)  # ?rc root smallest
root = delete(root, 30.5)  # ?rc root left_child
root = delete(root, 50.5)  # ?rc root
new_key = root.key  # ?rc new_key
del smallest
print(gc.collect())  # a tree has no cycles
del root  # ?rc left_child
print(gc.collect())
