# Theme: recursion that raises at depth and is caught at the top. While the
# handler runs, the traceback keeps every frame (and its locals) alive; when
# `except ... as e` ends, e is deleted and the frames go away.
import gc
import sys


class Node:
    def __init__(self, child=None):
        self.child = child


class DepthError(Exception):
    pass


def walk(node, depth, path):
    here = node
    path.append(depth)
    if node.child is None:
        raise DepthError(depth * 1.5)
    return walk(node.child, depth + 1, path)


leaf = Node()  # ?rc leaf
mid = Node(leaf)  # ?rc mid leaf
root = Node(mid)  # ?rc root mid
path = []  # ?rc path
try:
    walk(root, 0, path)
except DepthError as e:
    inside_mid = mid  # ?rc mid leaf root path
    tb = e.__traceback__  # ?rc tb
    depth = e.args[0]  # ?rc depth
    del tb  # ?rc mid leaf
after = mid  # ?rc mid leaf root path depth
n = gc.collect()
try:
    walk(mid, 0, path)
except DepthError:
    saved = sys.exc_info()[1]  # ?rc saved leaf mid
del saved  # ?rc leaf mid
print(gc.collect())
