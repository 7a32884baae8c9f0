# Theme: hunting a leak with gc.DEBUG_SAVEALL: a parent/child tree whose leaf
# holds a closure that refers back to it. Collected cycles are moved to
# gc.garbage, which keeps them and what they refer to alive until cleared.
import gc


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


class Payload:
    pass


def make_visitor(node):
    def visit():
        return node.name

    node.visit = visit
    return visit


gc.collect()
data = Payload()  # ?rc data
root = Node("root node")  # ?rc root
leaf = Node("leaf node", root)  # ?rc root leaf
leaf.data = data  # ?rc data leaf
v = make_visitor(leaf)  # ?rc leaf v
del v  # ?rc leaf
gc.set_debug(gc.DEBUG_SAVEALL)
del root, leaf  # ?rc data
print(gc.collect())  # nodes, children lists, function, closure tuple, cell
print(gc.collect())  # saved objects are reachable from gc.garbage
nodes = [o for o in gc.garbage if isinstance(o, Node)]  # ?rc nodes data
gc.set_debug(0)
del nodes
gc.garbage.clear()  # ?rc data
print(gc.collect())  # the same cycles, freed this time
kept = data  # ?rc data
