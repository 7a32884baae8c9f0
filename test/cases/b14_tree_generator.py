# Theme: a directory-like tree with parent/children links, walked depth-first
# by a recursive generator (yield from); a subtree is detached and the
# cycles it leaves behind are collected.
import gc
import sys


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def walk(self, depth=0):
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def detach(self):
        self.parent.children.remove(self)
        self.parent = None


gc.collect()
root = Node("root")  # ?rc root
src = Node("src", root)  # ?rc src
docs = Node("docs", root)
main = Node("main.py", src)  # ?rc main
util = Node("util.py", src)
guide = Node("guide.md", docs)
names = [n.path() for d, n in root.walk()]  # ?rc names root
print(names)
walker = root.walk()  # ?rc walker root
depth, current = next(walker)  # ?rc current root
depth, current = next(walker)  # ?rc current src
depth, current = next(walker)  # ?rc current main
del depth, current  # ?rc main src
del walker  # ?rc main src root
src.detach()  # ?rc src root
del main, util
print(gc.collect())  # nothing: src is still named
del src
print(gc.collect())  # src, main.py, util.py and their children lists
guide_path = guide.path()  # ?rc guide_path
del root, docs, guide
print(gc.collect())
