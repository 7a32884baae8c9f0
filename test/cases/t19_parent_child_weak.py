# Theme: parent/child trees. Strong back-links put every node in a cycle
# that only gc.collect() frees; a weakref back-link keeps the tree acyclic,
# so dropping the root frees it at once.
import gc
import weakref

gc.collect()


class Node:
    def __init__(self, parent=None):
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)  # ?rc parent


class WNode:
    def __init__(self, parent=None):
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)  # ?rc parent

    def parent(self):
        return self._parent() if self._parent else None


root = Node()  # ?rc root
kid = Node(root)  # ?rc root kid
kid2 = Node(root)  # ?rc root
print(gc.is_tracked(root), gc.is_tracked(1.5 * 2), gc.is_tracked([]))
del root, kid, kid2
print(gc.collect())  # three nodes and their three children lists
wroot = WNode()  # ?rc wroot
wkid = WNode(wroot)  # ?rc wroot wkid
up = wkid.parent()  # ?rc wroot up
del up  # ?rc wroot
del wroot  # ?rc wkid
print(wkid.parent())
print(gc.collect())
