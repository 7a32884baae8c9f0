# Theme: classes registered by __init_subclass__ and a class decorator: the
# registry keeps every class (and so its methods) alive; a class that uses
# super() has a __class__ cell pointing back at itself.
import gc

registry = {}
plugins = []


class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        registry[cls.__qualname__] = cls  # ?rc cls


def plugin(cls):
    plugins.append(cls)
    return cls


@plugin
class CsvExport(Base):
    def run(self):
        return super().__repr__()


class JsonExport(Base):
    pass


gc.collect()
c1 = registry["CsvExport"]  # ?rc c1
c2 = JsonExport  # ?rc c2
inst = c1()  # ?rc c1 inst
text = inst.run()  # ?rc c1
del inst  # ?rc c1
plugins.clear()  # ?rc c1
del registry["JsonExport"]  # ?rc c2
del c2, JsonExport
print(gc.collect())
registry.clear()  # ?rc c1
del c1, CsvExport
print(gc.collect())
