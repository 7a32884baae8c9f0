# Theme: a small tree with parent back-pointers forms cycles; weak parent
# links avoid them; gc.collect() reports what was unreachable.
import gc
import weakref


class Tree:
    def __init__(self, parent=None):
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)  # ?rc self parent


class WeakTree:
    def __init__(self, parent=None):
        self.children = []
        self._parent = weakref.ref(parent) if parent else None

    def add(self):
        kid = WeakTree(self)  # ?rc kid
        self.children.append(kid)  # ?rc kid
        return kid


gc.collect()
root = Tree()  # ?rc root
leaf_a = Tree(root)  # ?rc root leaf_a
leaf_b = Tree(root)  # ?rc root leaf_b
kids = root.children  # ?rc kids
del kids
del leaf_a, leaf_b  # ?rc root
del root
print(gc.collect())  # root, 2 leaves, 3 lists
wroot = WeakTree()  # ?rc wroot
k1 = wroot.add()  # ?rc wroot k1
k2 = k1.add()  # ?rc k1 k2
del wroot
print(gc.collect())  # nothing cyclic
alone = k1._parent  # ?rc alone k1
for node in [k1, k2]:
    node.self_ref = node  # ?rc node
del node, k1, k2
print(gc.collect())


class Noisy(Tree):
    def __del__(self):
        order.append(len(self.children))


order = []
top = Noisy()  # ?rc top
sub = Noisy(top)  # ?rc top sub
d = vars(sub)  # ?rc d sub
del top, sub, d
print(gc.collect())  # 2 instances, 2 lists (+ the asked-for __dict__ before 3.13)
print(len(order))
