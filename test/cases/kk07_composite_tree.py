# Theme: composite pattern. Nodes keep a children list and a parent
# back-reference, so every parent/child pair is a cycle; a second tree keeps
# the parent through a weakref and is freed by reference counting alone.
import gc
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)

    def size(self):
        return 1 + sum(child.size() for child in self.children)


class WeakNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None


gc.collect()
root = Node("root node")  # ?rc root
a = Node("a", root)  # ?rc root a
b = Node("b", root)  # ?rc root b
leaf = Node("leaf", a)  # ?rc a leaf
kids = root.children  # ?rc kids
total = root.size()  # ?rc root
up = leaf.parent  # ?rc up a
del up, kids  # ?rc a
del root, a, b, leaf
print(gc.collect())  # four nodes and their four children lists

wroot = WeakNode("weak root")  # ?rc wroot
w1 = WeakNode("w1", wroot)  # ?rc wroot w1
w2 = WeakNode("w2", w1)  # ?rc w1 w2
parent = w2.parent  # ?rc parent w1
del parent  # ?rc w1
del wroot, w1  # ?rc w2
print(gc.collect())  # nothing cyclic
gone = w2.parent  # ?rc w2
