# Theme: small recursion building a parent/child tree with back-references;
# the whole tree is one cycle group once the root name goes.
import gc
import sys


class TNode:
    def __init__(self, parent):
        self.parent = parent
        self.kids = []


def build(parent, depth):
    node = TNode(parent)  # ?rc node
    if depth > 0:
        for _ in range(2):
            node.kids.append(build(node, depth - 1))
    return node


root = build(None, 2)  # ?rc root
kid = root.kids[0]  # ?rc kid
print(sys.getrefcount(root))
leaf = kid.kids[1]  # ?rc leaf kid
del kid  # ?rc leaf
del root
print(gc.collect())  # leaf keeps everything reachable
del leaf
print(gc.collect())  # 7 nodes, 7 dicts?, 7 kid lists
