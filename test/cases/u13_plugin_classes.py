# Theme: a plugin system. Plugin subclasses register themselves through
# __init_subclass__ under a keyword name, hook functions register through
# a decorator that records them on a module-level table, and the host
# creates one instance per plugin. Unloading a plugin drops its class,
# which only the cycle collector can free.
import gc

REGISTRY = {}
HOOKS = {}

def hook(event):
    def register(func):
        HOOKS.setdefault(event, []).append(func)  # ?rc func
        return func
    return register

class Plugin:
    def __init_subclass__(cls, name, **kw):
        super().__init_subclass__(**kw)
        REGISTRY[name] = cls

    def __init__(self, host):
        self.host = host

class Host:
    def __init__(self):
        self.plugins = {}

    def load(self, name):
        plugin = REGISTRY[name](self)  # ?rc plugin
        self.plugins[name] = plugin  # ?rc plugin
        return plugin

    def unload(self, name):
        self.plugins.pop(name)
        del REGISTRY[name]

class Spellcheck(Plugin, name="spell check"):
    words = ["colour", "favour"]

    def check(self, text):
        return [w for w in self.words if w in text]

class Metrics(Plugin, name="metrics plugin"):
    def count(self, text):
        return len(text.split())

@hook("on save")
def log_save(doc):
    return "saved " + doc

host = Host()  # ?rc host
spell = host.load("spell check")  # ?rc spell host Spellcheck
metrics = host.load("metrics plugin")  # ?rc metrics Metrics
print(spell.check("favour the colour"), metrics.count("one two three"))
saver = HOOKS["on save"][0]  # ?rc saver log_save
del saver
host.unload("metrics plugin")  # ?rc metrics Metrics
del metrics  # ?rc Metrics
print(gc.collect())
del Metrics  # the class refers to itself: cyclic garbage
print(gc.collect())
del spell  # ?rc host
print(gc.collect())  # spell plugin <-> host is a cycle but still loaded
