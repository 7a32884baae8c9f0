# Theme: a DOM-like tree whose children pointed back to their parent. The
# strong back-pointers made every subtree a cycle; switching to
# weakref.proxy fixes it. A proxy without callback is shared per referent.
import gc
import sys
import weakref


class StrongNode:
    def __init__(self, tag, parent=None):
        self.tag = tag
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


class Node:
    def __init__(self, tag, parent=None):
        self.tag = tag
        self.parent = weakref.proxy(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        return self.tag if self.parent is None else self.parent.path() + "/" + self.tag


gc.collect()
root = StrongNode("html")  # ?rc root
body = StrongNode("body", root)  # ?rc root body
StrongNode("div", body)  # ?rc body
StrongNode("p", body)  # ?rc body
del body
del root
print(gc.collect())  # 4 nodes and their 4 children lists

doc = Node("html")  # ?rc doc
head = Node("head", doc)  # ?rc doc head
main = Node("main", doc)  # ?rc doc main
p1 = head.parent  # ?rc p1 -- one proxy shared by both children
print(main.path(), sys.getrefcount(doc))
leaf = Node("section", main)  # ?rc main leaf
print(leaf.path())
del p1, head, main, leaf  # ?rc doc
print(weakref.getweakrefcount(doc))
top = doc.children[0].parent  # ?rc top doc
del top
del doc
print(gc.collect())  # nothing: no cycles left, the tree was freed by del
