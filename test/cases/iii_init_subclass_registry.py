# Theme: __init_subclass__ registering subclasses in a base-class dict; the
# registry keeps each class alive after its name is deleted.
import gc
import sys


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls  # ?rc cls


class Alpha(Plugin, name="alpha plugin"):
    pass


class Beta(Plugin):
    pass


reg = Plugin.registry  # ?rc reg
a_cls = reg["alpha plugin"]  # ?rc a_cls
inst = a_cls()  # ?rc inst a_cls
print(sys.getrefcount(Beta))
del Alpha  # ?rc a_cls
del inst  # ?rc a_cls
reg.pop("alpha plugin")  # ?rc a_cls
del a_cls
print(gc.collect())  # the class: its mro tuple and dict are in cycles
