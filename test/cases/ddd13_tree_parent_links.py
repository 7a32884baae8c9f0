# Theme: a DOM-like tree with parent back-links; removing a subtree leaves a
# cycle per parent/child pair that only the collector frees.
import gc
import sys


class Element:
    def __init__(self, tag, parent=None):
        self.tag = tag
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def detach(self):
        self.parent.children.remove(self)
        return self


def build(depth, fanout, parent):
    for i in range(fanout):
        child = Element("node-%d-%d" % (depth, i), parent)  # ?rc child
        if depth > 1:
            build(depth - 1, fanout, child)


gc.collect()
doc = Element("html document")  # ?rc doc
build(2, 2, doc)
body = doc.children[0]  # ?rc body
print(sys.getrefcount(body), len(body.children))
body.detach()  # ?rc body
print(gc.collect())
del body
n = gc.collect()  # body, its 2 children and their 3 child lists
print(n)
head = doc.children[0]  # ?rc head doc
head.parent = None  # ?rc doc
leaf = head.children[1]  # ?rc leaf head
del head
print(gc.collect())  # nothing: doc still reaches head
doc.children.clear()
print(gc.collect())
print(sys.getrefcount(leaf))
del doc
print(gc.collect())
