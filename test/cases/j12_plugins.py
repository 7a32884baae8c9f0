# Plugin registry with decorators and class registration.
import gc
import sys

REGISTRY = {}
HOOKS = []

def register(name: str):
    def decorator(cls):
        REGISTRY[name] = cls  # ?rc cls
        cls.plugin_name = name
        return cls
    return decorator

def hook(fn):
    HOOKS.append(fn)  # ?rc fn
    return fn

class Plugin:
    plugin_name = "base plugin"
    def run(self, data: list) -> list:
        raise NotImplementedError

@register("upper case")
class Upper(Plugin):
    def run(self, data):
        return [s.upper() for s in data]

@register("reverse it")
class Reverse(Plugin):
    def run(self, data):
        return list(reversed(data))

@hook
def before(data):
    return data + ["<begin>"]

@hook
def after(data):
    return ["<end>"] + data

def make(name: str) -> Plugin:
    cls = REGISTRY[name]
    inst = cls()  # ?rc inst
    return inst

dec = register("temp plug")  # ?rc dec
Upper  # ?rc Upper
p1 = make("upper case")  # ?rc p1 Upper
p2 = make("upper case")  # ?rc p2 Upper
p3 = make("reverse it")  # ?rc Reverse
data = ["alpha beta", "gamma delta"]  # ?rc data
out = p1.run(data)  # ?rc out data
for h in HOOKS:
    out = h(out)  # ?rc out h
rev = p3.run(out)  # ?rc rev
plugins = sorted(REGISTRY)  # ?rc plugins
before  # ?rc before
del p1, p2  # ?rc Upper
Temp = dec(type("Temp", (Plugin,), {}))  # ?rc Temp dec
del REGISTRY["temp plug"]  # ?rc Temp
del Temp, dec
print(gc.collect())
print(sys.getrefcount(Upper))
print(sys.getrefcount(before))

class AutoBase:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        AutoBase.registry.append(cls)  # ?rc cls

class AutoOne(AutoBase):
    pass

class AutoTwo(AutoBase):
    def go(self):
        return self

AutoOne  # ?rc AutoOne
reg = AutoBase.registry  # ?rc reg AutoTwo
class Meta(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(cls)
        return cls

class Widget(metaclass=Meta):
    pass

Widget  # ?rc Widget
