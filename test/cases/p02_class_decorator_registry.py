# Class decorators and a metaclass registry: each registration is one more
# reference to the class object, and deleting the name leaves the registry.
import gc
import sys

REGISTRY = []


def register(cls):
    REGISTRY.append(cls)  # ?rc cls
    return cls


class Meta(type):
    made = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.made.append(cls)
        return cls


@register
class Plugin(metaclass=Meta):
    pass


print(sys.getrefcount(Plugin))  # name, registry, made, self-refs, arg
p = Plugin()  # ?rc p
print(sys.getrefcount(Plugin))


@register
class Other:
    pass


o = Other()  # ?rc o
del Other
print(sys.getrefcount(REGISTRY[1]))
del o
REGISTRY.clear()
print(gc.collect())  # Other has no name left: a class is a cycle
print(sys.getrefcount(Meta))
