# Class registries without metaclasses: __init_subclass__ registers plugin
# classes in a dict; a decorator-based registry of functions; instances
# tracked in a class-level list.
import gc


class Plugin:
    registry = {}
    instances = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls  # ?rc cls

    def __init__(self):
        Plugin.instances.append(self)  # ?rc self


class CsvPlugin(Plugin, name="csv"):
    def load(self, text):
        return text.split(",")


class JsonPlugin(Plugin, name="json"):
    def load(self, text):
        return [text]


handlers = {}


def register(kind):
    def deco(fn):
        handlers[kind] = fn  # ?rc fn
        return fn
    return deco


@register("upper")
def to_upper(s):
    return s.upper()


@register("lower")
def to_lower(s):
    return s.lower()


gc.collect()
cls = Plugin.registry["csv"]  # ?rc cls
inst = cls()  # ?rc inst cls
rows = inst.load("x,y,z w")  # ?rc rows inst
fn = handlers["upper"]  # ?rc fn to_upper
inst2 = JsonPlugin()  # ?rc inst2
insts = Plugin.instances  # ?rc insts
del inst, inst2
print(gc.collect())  # both still in Plugin.instances
Plugin.instances.clear()  # ?rc insts
print(gc.collect())


def make_temp_plugin(i):
    class Temp(Plugin, name="temp%d" % i):
        pass
    return Temp


for i in range(3):
    tp = make_temp_plugin(i)  # ?rc tp
del tp
print(gc.collect())  # still registered
for i in range(3):
    del Plugin.registry["temp%d" % i]
print(gc.collect())  # 3 classes become cyclic garbage
