# Theme: a configuration tree: sections hold child sections and a parent
# back-link, lookups walk up the chain recursively, values are floats and
# lists shared between sections, and an entire subtree is detached.
import gc
import sys


class Section:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.values = {}
        self.children = {}
        if parent is not None:
            parent.children[name] = self  # ?rc self parent

    def lookup(self, key):
        node = self
        while node is not None:
            if key in node.values:
                found = node.values[key]  # ?rc found
                return found
            node = node.parent
        return None


gc.collect()
root = Section("root")  # ?rc root
net = Section("net", root)  # ?rc net root
db = Section("db", root)
pool = Section("pool", db)  # ?rc db pool
timeout = 2.5 * 4  # ?rc timeout
hosts = ["host-a.example", "host-b.example"]  # ?rc hosts
root.values["timeout"] = timeout  # ?rc timeout
net.values["hosts"] = hosts  # ?rc hosts
pool.values["hosts"] = hosts  # ?rc hosts
t1 = pool.lookup("timeout")  # ?rc timeout t1
h1 = pool.lookup("hosts")  # ?rc hosts h1
missing = net.lookup("nope")  # ?rc net
print(sys.getrefcount(db))
detached = root.children.pop("db")  # ?rc db detached
del db, pool, detached
print(gc.collect())  # db <-> pool, their dicts? only the plain ones
del root, net
print(gc.collect())
print(sys.getrefcount(hosts))
