# Theme: recursion. Each active frame holds its arguments; an accumulator
# passed down the recursion collects every node; a list that contains
# itself is cyclic garbage.
import gc


class Tree:
    def __init__(self, kids):
        self.kids = kids


def depth(node, level=0):
    here = node  # ?rc here
    if not node.kids:
        return level
    best = level
    for kid in node.kids:
        d = depth(kid, level + 1)
        if d > best:
            best = d
    return best


def flatten(node, out=None):
    if out is None:
        out = []
    out.append(node)
    for kid in node.kids:
        flatten(kid, out)
    return out


gc.collect()
leaf = Tree([])  # ?rc leaf
mid = Tree([leaf, leaf])  # ?rc leaf mid
root = Tree([mid])  # ?rc mid root
print(depth(root))
nodes = flatten(root)  # ?rc leaf mid root nodes
nodes.append(nodes)  # ?rc nodes
del nodes  # ?rc leaf
print(gc.collect())  # the self-containing list only
root.kids.append(root)  # ?rc root
del mid, leaf  # ?rc root
del root
print(gc.collect())  # three Trees and their kids lists
