# Cycles between instances: a tree whose children point back at their
# parent. Dropping the root leaves the whole tree to the cycle collector.
import gc


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def make_tree(depth):
    root = Node(depth * 0.5)  # ?rc root
    level = [root]
    for _ in range(depth):
        nxt = []
        for p in level:
            child = Node(1.25, p)  # ?rc child
            nxt.append(child)
        level = nxt
    return root


gc.collect()
tree = make_tree(2)  # ?rc tree
kids = tree.children  # ?rc kids
first = kids[0]  # ?rc first
back = first.parent  # ?rc tree back
del back  # ?rc tree
del kids, first
del tree
print(gc.collect())  # 3 nodes + 3 children lists
a = Node(2.5)  # ?rc a
b = Node(3.5, a)  # ?rc a b
c = Node(4.5, b)  # ?rc b c
a.parent = c  # ?rc a c
b.parent = None  # ?rc a b
del a  # ?rc b c
print(gc.collect())  # still reachable through b
del b, c
print(gc.collect())
pair = [Node(5.5), Node(6.5)]
x, y = pair  # ?rc x y pair
x.peer = y  # ?rc y
y.peer = x  # ?rc x
pair.clear()  # ?rc x y
x.peer = None  # ?rc y
del x, y
print(gc.collect())
loner = Node(7.5)
loner.parent = loner  # ?rc loner
loner.children.append(loner)  # ?rc loner
del loner
print(gc.collect())
