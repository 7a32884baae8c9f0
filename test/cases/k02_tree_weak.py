# Parent/child trees: strong back-pointers make cycles; weakref.ref
# back-pointers do not, so the tree dies by refcount alone.
import gc
import weakref


class StrongNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


class WeakNode:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None


def build_strong(depth):
    root = StrongNode("root")  # ?rc root
    level = [root]
    for d in range(depth):
        nxt = []
        for node in level:
            for i in range(2):
                nxt.append(StrongNode("n", node))
        level = nxt
    return root


gc.collect()
tree = build_strong(2)  # ?rc tree
kids = tree.children  # ?rc kids
first = kids[0]  # ?rc first
del kids  # ?rc first
del first
del tree
print(gc.collect())  # 7 nodes + 7 children lists

root = WeakNode("root")  # ?rc root
a = WeakNode("a", root)  # ?rc root a
b = WeakNode("b", root)  # ?rc root a b
leaf = WeakNode("leaf", a)  # ?rc a leaf
p = leaf.parent  # ?rc a p
del p  # ?rc a
back = weakref.ref(root)  # ?rc root back
del a, b, leaf  # ?rc root
del root
print(gc.collect())  # nothing cyclic
alive = back()  # ?rc back


def walk(node, out):
    out.append(node.name)  # ?rc node
    for child in node.children:
        walk(child, out)


r2 = WeakNode("top")
WeakNode("x", r2)
WeakNode("y", r2)
names = []  # ?rc names
walk(r2, names)  # ?rc r2 names
print(gc.collect())
