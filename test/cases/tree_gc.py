# A tree built recursively with parent links; removing it leaves cycles for the collector.
import gc


class TreeNode:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.kids = []

    def add(self, value):
        child = TreeNode(value, self)
        self.kids.append(child)  # ?rc child self
        return child


def build(node, depth):
    if depth == 0:
        return node
    for i in range(2):
        build(node.add(depth * 10 + i), depth - 1)
    return node


gc.collect()
root = build(TreeNode(0.5), 2)  # ?rc root
leaf = root.kids[0].kids[1]  # ?rc leaf
count = len(root.kids)  # ?rc root
del root
print(gc.collect())
parent = leaf.parent  # ?rc parent leaf
del leaf, parent
print(gc.collect())
