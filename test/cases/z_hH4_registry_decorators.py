# Theme: a plugin system: a class decorator registers exporters in a dict,
# __init_subclass__ registers handlers, a descriptor with __set_name__ stores
# on the instance, and a property setter validates and stores too.
import gc
import sys

EXPORTERS = {}
HANDLERS = []


def exporter(fmt):
    def register(cls):
        EXPORTERS[fmt] = cls
        cls.fmt = fmt
        return cls
    return register


class Positive:
    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(value)
        setattr(obj, self.slot, value)


class Handler:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        HANDLERS.append(cls)


@exporter("csv")
class CsvExporter(Handler):
    width = Positive()

    def __init__(self, width, label):
        self.width = width
        self.label = label

    @property
    def label(self):
        return self._label

    @label.setter
    def label(self, value):
        self._label = value.strip()


@exporter("json")
class JsonExporter(Handler):
    pass


print(sys.getrefcount(CsvExporter), sys.getrefcount(JsonExporter))
size = 10 ** 6  # ?rc size
title = "  quarterly numbers  "  # ?rc title
e = CsvExporter(size, title)  # ?rc e size title
stored = e._label  # ?rc stored
w = e.width  # ?rc w size
e.width = size + 1  # ?rc size
cls = EXPORTERS["csv"]  # ?rc cls
made = [cls(n * 1000, "row label") for n in range(1, 4)]  # ?rc made
first = made[0]  # ?rc first
del made  # ?rc first
d = vars(e)  # ?rc d
del EXPORTERS["json"]
print(sys.getrefcount(JsonExporter))
HANDLERS.clear()
print(sys.getrefcount(JsonExporter), gc.collect())
