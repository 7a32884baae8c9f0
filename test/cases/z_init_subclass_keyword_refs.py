# class keywords reach __init_subclass__ through __build_class__'s dict, type's call and the bound hook
import abc
class Base:
    registry = []
    def __init_subclass__(cls, prefix, size=0):
        held = [prefix]                  # ?rc prefix
        Base.registry.append(prefix)
pfx = [1.5]
class A(Base, prefix=pfx):
    pass
n = len(Base.registry)                   # ?rc pfx
class B(Base, prefix=pfx, size=3):
    pass
m = len(Base.registry)                   # ?rc pfx
class Plugin(abc.ABC):
    def __init_subclass__(cls, name, **kw):
        box = [name]                     # ?rc name
        super().__init_subclass__(**kw)
tag = ["t"]
class P(Plugin, name=tag):
    pass
k = len(tag)                             # ?rc tag
class Root(metaclass=abc.ABCMeta):
    def __init_subclass__(cls, label=None):
        pair = [label, label]            # ?rc label
mark = ["m"]
class Leaf(Root, label=mark):
    pass
j = len(mark)                            # ?rc mark
