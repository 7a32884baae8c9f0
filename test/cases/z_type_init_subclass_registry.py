# Repro: a class created with the 3-argument type() call. Its base's
# __init_subclass__ runs and registers it, but the analysis does not run
# the hook (and has no exact model of the new class), so it believes
# REGISTRY has no such key, reports an uncaught KeyError and stops
# analysing: every later probe is missing.
import gc

REGISTRY = {}


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        REGISTRY[cls.__name__] = cls  # ?rc cls


class Static(Base):
    pass


Dyn = type("Dyn", (Base,), {"size": 2.5})  # ?rc Dyn
entry = REGISTRY["Dyn"]  # ?rc entry Dyn
del REGISTRY["Dyn"], entry  # ?rc Dyn
inst = Dyn()  # ?rc inst Dyn
del inst, Dyn
print(gc.collect())  # the class: type object, mro tuple, dict, 2 descriptors, bases tuple?
