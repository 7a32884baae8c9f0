# Theme: every Plugin instance registered itself in a class-level dict, so
# nothing was ever freed. The fix keeps the registry in a
# weakref.WeakValueDictionary: the entry disappears with the instance.
import gc
import sys
import weakref


class Plugin:
    registry = {}

    def __init__(self, name):
        self.name = name
        self.config = {"name": name, "level": 2.5}
        Plugin.registry[name] = self


class WeakPlugin:
    registry = weakref.WeakValueDictionary()

    def __init__(self, name):
        self.name = name
        WeakPlugin.registry[name] = self

    @classmethod
    def lookup(cls, name):
        return cls.registry.get(name)


gc.collect()
p = Plugin("csv exporter")  # ?rc p
Plugin("pdf exporter")
del p
print(len(Plugin.registry), gc.collect())  # both alive, nothing to collect
table = Plugin.registry  # ?rc table
leaked = table["csv exporter"]  # ?rc leaked
table.clear()  # ?rc leaked
del leaked
wp = WeakPlugin("json exporter")  # ?rc wp
found = WeakPlugin.lookup("json exporter")  # ?rc wp found
del found  # ?rc wp
print(sys.getrefcount(wp), len(WeakPlugin.registry))
items = list(WeakPlugin.registry.items())  # ?rc wp items
del items  # ?rc wp
kref = WeakPlugin.registry.data["json exporter"]  # ?rc kref
print(kref() is wp, kref.key)
del wp  # ?rc kref
print(len(WeakPlugin.registry), gc.collect())
tmp = WeakPlugin("xml exporter")
tmp.me = tmp  # ?rc tmp
del tmp
print(len(WeakPlugin.registry))  # the cycle keeps it registered
print(gc.collect(), len(WeakPlugin.registry))
