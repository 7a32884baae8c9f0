# Theme: recursion building a tree with parent links. Each recursive call
# creates a child that points back at its parent; the tree is one big
# cycle, freed only by gc.collect() once the root's name is gone.
import gc


class TreeNode:
    def __init__(self, parent):
        self.parent = parent
        self.kids = []


def grow(parent, depth, shared):
    node = TreeNode(parent)  # ?rc parent shared
    node.data = shared  # ?rc shared
    if depth > 0:
        for _ in range(2):
            node.kids.append(grow(node, depth - 1, shared))
    return node


gc.collect()
payload = [2.5 * 4]  # ?rc payload
top = TreeNode(None)  # ?rc top
root = grow(top, 2, payload)  # ?rc root payload top
left = root.kids[0]  # ?rc left root
leaf = left.kids[1]  # ?rc leaf left
del root, top  # ?rc left payload
print(gc.collect())  # still reachable through left
del left
leaf_parent = leaf.parent  # ?rc leaf_parent leaf
del leaf_parent, leaf
print(gc.collect())  # 7 nodes and their kids lists
after = payload  # ?rc payload
