# Theme: class registries, one through __init_subclass__ and one through a
# plain decorator. Registered classes stay alive through the registry.
import gc
import sys

REGISTRY = {}


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        REGISTRY[cls.__name__] = cls  # ?rc cls


class Alpha(Base):
    pass


class Beta(Base):
    pass


gc.collect()
alpha = REGISTRY["Alpha"]  # ?rc alpha Alpha
print(sys.getrefcount(Beta))
inst = Alpha()  # ?rc inst Alpha
del inst  # ?rc Alpha
handlers = {}  # ?rc handlers


def register(kind):
    def deco(cls):
        handlers[kind] = cls
        return cls
    return deco


@register("json handler")
class JsonHandler:
    def handle(self, data):
        return list(data)


@register("xml handler")
class XmlHandler:
    def handle(self, data):
        return tuple(data)


jh = handlers["json handler"]  # ?rc jh JsonHandler
obj = jh()  # ?rc obj jh
out = obj.handle([1.5, 2.5])  # ?rc out
del obj
del Alpha, alpha  # -- REGISTRY still holds it
print(gc.collect())
REGISTRY.pop("Alpha")
print(gc.collect())  # the class cycle is freed now
del jh, JsonHandler
handlers.clear()  # ?rc handlers
print(gc.collect())
del XmlHandler
print(gc.collect())


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]


class Settings(metaclass=Singleton):
    pass


s1 = Settings()  # ?rc s1
s2 = Settings()  # ?rc s1 s2
