# File-system tree with parent pointers; dropping subtrees and counting collected objects.
import gc


class Dir:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.entries = {}
        if parent is not None:
            parent.entries[name] = self  # ?rc self parent

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))


def build(depth, parent):
    if depth == 0:
        return
    for i in range(2):
        d = Dir(f"d{depth}_{i}", parent)  # ?rc d
        build(depth - 1, d)


gc.collect()
root = Dir("root")  # ?rc root
usr = Dir("usr", root)  # ?rc usr root
lib = Dir("lib", usr)  # ?rc lib usr
build(2, lib)  # ?rc lib
sub = lib.entries["d2_0"]  # ?rc sub
leaf = sub.entries["d1_1"]  # ?rc leaf
p = leaf.path()  # ?rc p
entries = usr.entries  # ?rc entries
del lib  # ?rc entries
del usr.entries["lib"]  # ?rc sub leaf
n1 = gc.collect()
del sub
n2 = gc.collect()
leaf.parent = None  # ?rc leaf
n3 = gc.collect()
del root
n4 = gc.collect()
del usr, entries
n5 = gc.collect()
print(p, n1, n2, n3, n4, n5)
