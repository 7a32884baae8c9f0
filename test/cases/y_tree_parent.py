# Theme: a tree with parent pointers (a cycle per child), walked
# recursively, one subtree detached, then the whole tree dropped and
# collected; parents through weakref.proxy in a second tree.
import gc
import weakref


class Node:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def depth(self):
        d = 0
        node = self
        while node.parent is not None:
            node = node.parent
            d += 1
        return d

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


gc.collect()
root = Node("root")  # ?rc root
left = Node("left", root)  # ?rc left root
right = Node("right", root)  # ?rc right root
leaf = Node("leaf", left)  # ?rc leaf left
depths = [n.depth() for n in root.walk()]  # ?rc depths root leaf
labels = ",".join(n.label for n in root.walk())  # ?rc labels
root.children.remove(right)  # ?rc right
right.parent = None  # ?rc right root
del right
del left, leaf  # ?rc root
print(gc.collect())
del root
print(gc.collect())  # root, left, leaf and their children lists


class WeakNode:
    def __init__(self, parent=None):
        self.parent = weakref.proxy(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)


top = WeakNode()  # ?rc top
kid = WeakNode(top)  # ?rc kid top
grand = WeakNode(kid)  # ?rc grand kid
del kid  # ?rc grand
del top  # ?rc grand
print(gc.collect())
