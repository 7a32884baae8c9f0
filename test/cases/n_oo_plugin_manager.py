# Application-style: a plugin manager. Plugin classes are registered by a
# class decorator into a module-level registry, instantiated lazily by a
# manager, and each plugin keeps a back-reference to the manager (a cycle).
import abc
import gc
import sys

REGISTRY = {}


def plugin(name):
    def register(cls):
        REGISTRY[name] = cls  # ?rc cls
        cls.plugin_name = name
        return cls
    return register


class Plugin(abc.ABC):
    def __init__(self, manager):
        self.manager = manager
        self.calls = 0

    @abc.abstractmethod
    def run(self, data):
        ...


@plugin("upper case")
class Upper(Plugin):
    def run(self, data):
        self.calls += 1
        return [s.upper() for s in data]


@plugin("reverse order")
class Reverse(Plugin):
    def run(self, data):
        self.calls += 1
        out = list(reversed(data))  # ?rc out data
        return out


class Manager:
    def __init__(self):
        self.loaded = {}

    def get(self, name):
        inst = self.loaded.get(name)
        if inst is None:
            inst = REGISTRY[name](self)  # ?rc inst self
            self.loaded[name] = inst
        return inst

    def pipeline(self, names, data):
        for name in names:
            data = self.get(name).run(data)  # ?rc data
        return data


print(sys.getrefcount(Upper))
mgr = Manager()  # ?rc mgr
words = ["alpha beta", "gamma delta"]  # ?rc words
result = mgr.pipeline(["upper case", "reverse order"], words)  # ?rc result words mgr
again = mgr.pipeline(["reverse order"], result)  # ?rc again result
rev = mgr.get("reverse order")  # ?rc rev mgr
print(rev.calls, sys.getrefcount(rev))
del rev
del mgr
print(gc.collect())  # manager <-> plugins, loaded dict
del REGISTRY["upper case"]
del Upper
print(gc.collect())  # the class itself and its method
