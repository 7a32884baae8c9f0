# Theme: a plugin manager whose plugins point back at the manager through
# their instance attributes; unloading drops them into cycles that only the
# collector frees, and each plugin's __del__ records the unload.
import gc
import sys

unloaded = []


class Manager:
    def __init__(self):
        self.plugins = {}

    def load(self, name):
        plugin = Plugin(name, self)  # ?rc plugin
        self.plugins[name] = plugin
        return plugin

    def unload_all(self):
        count = len(self.plugins)
        self.plugins = {}
        return count


class Plugin:
    def __init__(self, name, manager):
        self.name = name
        self.manager = manager
        self.hooks = [self]

    def __del__(self):
        unloaded.append(self.name)  # ?rc self


gc.collect()
mgr = Manager()  # ?rc mgr
for label in ["alpha plugin", "beta plugin", "gamma plugin"]:
    p = mgr.load(label)  # ?rc p mgr
del p
print(sys.getrefcount(mgr))
dropped = mgr.unload_all()  # ?rc mgr
print(dropped, len(unloaded))
freed = gc.collect()  # three plugins and their hook lists
print(freed, unloaded)
survivor = mgr.load("delta plugin")  # ?rc survivor mgr
survivor.hooks.clear()  # ?rc survivor
del survivor  # no cycle left: __del__ runs at once
print(len(unloaded), gc.collect())
print(sys.getrefcount(mgr))
