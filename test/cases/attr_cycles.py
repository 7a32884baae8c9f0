# Theme: parent/child links, broken by hand or left to the collector.
import gc

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Tree()  # ?rc root
kid = Tree(root)  # ?rc root kid
kid2 = Tree(root)  # ?rc root kid2
del kid, kid2  # ?rc root
n = gc.collect()
for c in root.children:
    c.parent = None  # ?rc root
del c
root.children.clear()
m = gc.collect()
other = Tree()
Tree(other)
del other
k = gc.collect()
