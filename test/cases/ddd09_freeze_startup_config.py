# Theme: a server that builds its config at start-up and calls gc.freeze()
# so the collector ignores it afterwards; cycles in frozen objects are not
# collected until gc.unfreeze().
import gc
import sys


class Section:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build_config():
    root = Section("root section")
    for i in range(3):
        Section("child %d!" % i, root)  # ?rc root
    return root


gc.collect()
config = build_config()  # ?rc config
print(len(config.children), sys.getrefcount(config))
gc.freeze()
print(gc.get_freeze_count() > 0)
leaked = Section("leaked section")
leaked.parent = leaked  # ?rc leaked
del leaked
print(gc.collect())  # the new cycle is not frozen
del config
print(gc.collect())  # frozen: still there
gc.unfreeze()
print(gc.get_freeze_count())
n = gc.collect()  # root, 3 children, 4 children lists
print(n)
rebuilt = build_config()  # ?rc rebuilt
child = rebuilt.children[0]  # ?rc child rebuilt
del rebuilt  # ?rc child
print(gc.collect())
child.parent = None  # ?rc child
print(gc.collect())
