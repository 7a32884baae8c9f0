# Theme: a tree with parent pointers. Strong parent pointers make cycles the
# collector must find; weakref parents let the tree die by refcounting.
import gc
import sys
import weakref


class Node:
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


gc.collect()
root = Node("root")  # ?rc root
left = Node("left", root)  # ?rc root left
right = Node("right", root)  # ?rc root right
leaf = Node("leaf", left)  # ?rc left leaf
kids = root.children  # ?rc kids
print(sys.getrefcount(root))
del kids, leaf, left, right
print(sys.getrefcount(root))
del root
print(gc.collect())  # 4 nodes + 4 children lists

wroot = WeakNode("root")  # ?rc wroot
wleft = WeakNode("left", wroot)  # ?rc wroot wleft
wright = WeakNode("right", wroot)  # ?rc wright
wleaf = WeakNode("leaf", wleft)  # ?rc wleft wleaf
up = wleaf.parent  # ?rc wleft up
del up  # ?rc wleft
pref = wleft._parent  # ?rc pref
del wleft, wright, wleaf
print(gc.collect())
del wroot  # ?rc pref
print(pref() is None)
print(gc.collect())
