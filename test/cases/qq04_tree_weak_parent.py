# Theme: a tree whose nodes keep a weak reference to their parent and strong
# references to their children, so dropping the root frees the whole tree
# without the cycle collector.
import gc
import weakref


class Node:
    def __init__(self, label, parent=None):
        self.label = label
        self.children = []
        self._parent = None
        if parent is not None:
            parent.add(self)

    def add(self, child):
        child._parent = weakref.ref(self)
        self.children.append(child)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def path(self):
        node, parts = self, []
        while node is not None:
            parts.append(node.label)
            node = node.parent
        return "/".join(reversed(parts))


gc.collect()
root = Node("root dir")  # ?rc root
usr = Node("usr dir", root)  # ?rc root usr
lib = Node("lib dir", usr)  # ?rc usr lib
up = lib.parent  # ?rc up usr
del up  # ?rc usr
print(lib.path())
kids = root.children  # ?rc kids usr
pref = usr._parent  # ?rc pref root
del usr  # ?rc lib
del kids  # ?rc lib
del root  # ?rc lib pref -- the parents died; lib survives
print(lib.parent, pref())
print(gc.collect())  # nothing cyclic
orphan = Node("tmp dir")  # ?rc orphan
orphan.add(lib)  # ?rc orphan lib
