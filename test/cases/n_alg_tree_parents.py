# Theme: a file-system-like tree with parent pointers: building paths,
# walking up to the root, a generator walk, moving a subtree and tearing
# the whole thing down (every child <-> parent link is a cycle).
import gc
import sys


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = {}
        if parent is not None:
            parent.children[name] = self

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def walk(self, depth=0):
        yield depth, self
        for child in self.children.values():
            yield from child.walk(depth + 1)


def make_path(root, path):
    node = root
    for part in path.split("/"):
        nxt = node.children.get(part)
        if nxt is None:
            nxt = Node(part, node)  # ?rc nxt node
        node = nxt
    return node


def move(node, new_parent):
    old = node.parent
    del old.children[node.name]  # ?rc node
    node.parent = new_parent
    new_parent.children[node.name] = node
    return old


gc.collect()
root = Node("")  # ?rc root
docs = make_path(root, "home/ann/docs")  # ?rc docs root
pics = make_path(root, "home/ann/pics")  # ?rc pics
tmp = make_path(root, "tmp")  # ?rc tmp
listing = ["%s%s" % ("  " * d, n.name) for d, n in root.walk()]  # ?rc listing
print("\n".join(listing))
old = move(pics, tmp)  # ?rc pics old tmp
where = pics.path()  # ?rc where
print(where, sys.getrefcount(old))
walker = root.walk()
first_depth, first = next(walker)  # ?rc first root
walker.close()  # ?rc root
del old, first
del docs, pics, tmp
print(gc.collect())  # nothing: root still owns the tree
del root  # ?rc walker
print(gc.collect())  # 6 nodes and the non-empty children dicts
