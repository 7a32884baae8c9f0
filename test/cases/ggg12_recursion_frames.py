# Theme: recursion holds frames. While a recursive walk is deep, every active
# frame keeps its own references to the node it is visiting and to shared
# accumulators passed down; they are released as the calls return.
import sys


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)


def depth_walk(node, path, acc):
    path.append(node)
    if not node.children:
        snapshot = list(path)  # ?rc acc
        acc.append(snapshot)
    for child in node.children:
        depth_walk(child, path, acc)  # ?rc node
    path.pop()  # ?rc node
    return acc


def countdown(n, trail):
    here = [n * 1.5]
    trail.append(here)  # ?rc here trail
    if n > 0:
        countdown(n - 1, trail)
    last = trail[-1]  # ?rc here last
    return last


leaf_a = Node("leaf a")
leaf_b = Node("leaf b")
mid = Node("middle", [leaf_a, leaf_b])  # ?rc leaf_a mid
root = Node("root", [mid, Node("leaf c")])  # ?rc mid root
acc = []  # ?rc acc
paths = depth_walk(root, [], acc)  # ?rc acc paths root
first = paths[0]  # ?rc first
print(len(paths), sys.getrefcount(leaf_a))
trail = []
tip = countdown(3, trail)  # ?rc tip trail
del trail  # ?rc tip
del paths, acc  # ?rc first leaf_a
