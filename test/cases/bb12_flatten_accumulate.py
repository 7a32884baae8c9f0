# Theme: tree flattening. A recursive walk threads an accumulator list
# through every call (each active frame holds it); a second walk uses a
# mutable default as accumulator, so results pile up in __defaults__.
# Children point back to their parents, so dropping the tree is a job
# for the collector.
import gc


class Node:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def flatten(node, acc, depth=0):
    acc.append(node)  # ?rc acc node
    for child in node.children:
        flatten(child, acc, depth + 1)
    return acc


def leaves(node, found=[]):
    if not node.children:
        found.append(node)  # ?rc found
    for child in node.children:
        leaves(child)
    return found


root = Node("root")  # ?rc root
left = Node("left", root)  # ?rc root left
right = Node("right", root)  # ?rc right
leaf = Node("leaf", left)  # ?rc left leaf
order = flatten(root, [])  # ?rc order root leaf
got = leaves(root)  # ?rc got leaf right
again = leaves(left)  # ?rc got leaf
del order  # ?rc root left leaf
got.clear()  # ?rc leaf right
del left, right, leaf  # ?rc root
del root
print(gc.collect())
