# Plugin registry: __init_subclass__ registration, class decorators, instances cached per class.
import gc


class Plugin:
    registry = {}
    instances = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls  # ?rc cls

    def __init__(self, config):
        self.config = config  # ?rc config
        Plugin.instances.append(self)  # ?rc self

    def run(self, data):
        raise NotImplementedError


def tagged(tag):
    def deco(cls):
        cls.tag = tag  # ?rc cls
        return cls
    return deco


@tagged("text filter")
class Upper(Plugin, name="upper"):
    def run(self, data):
        return data.upper()


class Reverse(Plugin):
    def run(self, data):
        res = data[::-1]  # ?rc data
        return res


cfg = {"verbose": True, "level": 3 * 1000}  # ?rc cfg
up = Plugin.registry["upper"](cfg)  # ?rc up cfg
rv = Reverse(cfg)  # ?rc rv cfg
text = "plugin input text"  # ?rc text
out = rv.run(up.run(text))  # ?rc out text
kind = type(up)  # ?rc kind
names = sorted(Plugin.registry)  # ?rc names
Plugin.instances.remove(up)  # ?rc up
del up  # ?rc cfg
del Plugin.registry["reverse"]
del Reverse  # ?rc rv
Plugin.instances.clear()  # ?rc rv
del rv
n = gc.collect()
print(out, names, n)
