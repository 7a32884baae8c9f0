# Theme: a tree whose nodes keep a parent pointer and a list of children
# (a cycle per edge). Subtrees are detached and re-attached; a detached
# subtree that nobody names is collected as a cycle.
import gc
import sys


class TreeNode:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)  # ?rc self parent

    def detach(self):
        if self.parent is not None:
            self.parent.children.remove(self)
            self.parent = None  # ?rc self
        return self

    def attach(self, new_parent):
        self.detach()
        self.parent = new_parent
        new_parent.children.append(self)  # ?rc self new_parent

    def walk(self, depth=0):
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.label)
            node = node.parent
        joined = " / ".join(reversed(parts))  # ?rc joined
        return joined


def build(spec, parent=None):
    label, kids = spec
    node = TreeNode(label, parent)  # ?rc node
    for kid in kids:
        build(kid, node)
    return node


gc.collect()
spec = ("root", [("docs", [("api", []), ("guide", [])]), ("src", [("core", []), ("util", [])])])
root = build(spec)  # ?rc root
docs, src = root.children  # ?rc docs src root
api = docs.children[0]  # ?rc api docs
core = src.children[0]  # ?rc core src
where = core.path()  # ?rc where
outline = [f"{'  ' * d}{n.label}" for d, n in root.walk()]  # ?rc outline
print("\n".join(outline))

core.attach(docs)  # ?rc core docs src
print(core.path(), sys.getrefcount(core))
moved = docs.children[-1]  # ?rc moved core
del moved
util = src.children[0]  # ?rc util src
src.detach()  # ?rc src root util
del util  # ?rc src
print(gc.collect())  # src still named
del src  # src and util point at each other
print(gc.collect())  # src, util, their two lists
api.detach()  # ?rc api docs
print(gc.collect())  # api is named and has no cycle now
del docs, core  # ?rc root
del root
print(gc.collect())  # root, docs, guide, core and their children lists
del api  # ?rc spec
print(gc.collect())
