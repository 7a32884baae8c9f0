# An in-memory file system: directories hold entries in a dict, files carry
# sizes; sizes are computed recursively and paths come from a generator.
import gc


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent


class File(Node):
    def __init__(self, name, parent, size):
        super().__init__(name, parent)
        self.size = size


class Dir(Node):
    def __init__(self, name, parent=None):
        super().__init__(name, parent)
        self.entries = {}

    def add(self, node):
        self.entries[node.name] = node  # ?rc node
        return node

    def mkdir(self, name):
        return self.add(Dir(name, self))

    def touch(self, name, size):
        return self.add(File(name, self, size))


def total_size(node, depth=0):
    if isinstance(node, File):
        return node.size
    subtotal = 0
    for child in node.entries.values():
        subtotal += total_size(child, depth + 1)
    here = node  # ?rc here
    return subtotal


def walk(node, prefix=""):
    path = prefix + "/" + node.name
    yield path, node
    if isinstance(node, Dir):
        for child in node.entries.values():
            yield from walk(child, path)


gc.collect()
root = Dir("root")  # ?rc root
src = root.mkdir("src")  # ?rc src root
docs = root.mkdir("docs")  # ?rc docs
main = src.touch("main.py", 10 ** 4)  # ?rc main src
util = src.touch("util.py", 2048)  # ?rc util
readme = docs.touch("README.md", 512)  # ?rc readme
size = total_size(root)  # ?rc size root src
paths = []
for path, node in walk(root):
    paths.append(path)  # ?rc node
biggest = max(src.entries.values(), key=lambda f: f.size)  # ?rc biggest main
del path, node  # ?rc util readme
listing = sorted(paths)  # ?rc listing paths
old = src.entries.pop("util.py")  # ?rc old util
util.parent = None  # ?rc src
del old, util
del main, biggest, readme, src, docs
print(gc.collect())  # nothing: all hang off root
gc.set_debug(gc.DEBUG_SAVEALL)
del root
print(gc.collect())  # root, two dirs, their dicts, two files
kept = gc.garbage[0]  # ?rc kept
del kept
gc.garbage.clear()
gc.set_debug(0)
print(gc.collect())
