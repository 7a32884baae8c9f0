# Theme: a plugin registry filled by decorators: functions and classes
# register themselves in module-level dicts; unregistering, and a plugin
# class whose instances keep the registry alive.
import gc
import sys

REGISTRY = {}
HOOKS = []


def plugin(name):
    def deco(obj):
        REGISTRY[name] = obj  # ?rc obj
        return obj
    return deco


def hook(fn):
    HOOKS.append(fn)
    return fn


@plugin("upper-case!")
def shout(text):
    return text.upper()


@hook
@plugin("count words")
def count(text):
    return len(text.split())


@plugin("a class plugin")
class Formatter:
    def __init__(self):
        self.registry = REGISTRY

    def apply(self, text):
        return [fn(text) for fn in HOOKS]


f = Formatter()  # ?rc f Formatter
print(sys.getrefcount(count))
print(sys.getrefcount(shout))
out = f.apply("some text here")  # ?rc out
looked = REGISTRY["count words"]  # ?rc looked count
REGISTRY.pop("upper-case!")  # ?rc shout
del shout
del REGISTRY["a class plugin"]  # ?rc Formatter
del f  # ?rc Formatter
del Formatter
print(gc.collect())  # the class and its method
HOOKS.clear()  # ?rc count looked
