# type_new wraps a plain __init_subclass__ / __class_getitem__ in a classmethod and
# __new__ in a staticmethod: each wrapper is one more object in a dropped class's garbage.
import gc


class Plugin:
    registry = []

    def __init_subclass__(cls):
        Plugin.registry.append(cls.__name__)


class Audio(Plugin):
    pass


names = Plugin.registry  # ?rc names
del Plugin, Audio
print(gc.collect())


class Box:
    def __class_getitem__(cls, item):
        return cls


alias = Box[int]
del Box, alias
print(gc.collect())


class Money:
    def __new__(cls, v):
        return super().__new__(cls)


m = Money(3)  # ?rc m
del Money, m
print(gc.collect())


class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)


class Model(metaclass=Meta):
    pass


del Model, Meta
print(gc.collect())


class Both:
    @classmethod
    def __init_subclass__(cls):
        pass

    @staticmethod
    def __new__(cls):
        return object.__new__(cls)


del Both
print(gc.collect())
