# A metaclass whose __new__ reads and extends the class namespace before
# type.__new__ copies it into the class; the namespace dict is dropped after.
import gc
import sys


class Field:
    def __init__(self, default):
        self.default = default


class SchemaMeta(type):
    registry = []

    def __new__(mcs, name, bases, ns, **kw):
        found = [v for v in ns.values() if isinstance(v, Field)]  # ?rc found
        ns["_found"] = found
        cls = super().__new__(mcs, name, bases, ns)  # ?rc cls
        mcs.registry.append(cls)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", name)  # ?rc ns

    def fields(cls):
        return list(cls._found)


class Record(metaclass=SchemaMeta):
    pass


class Point(Record, tag="pt"):
    x = Field(0.5)
    y = Field(1.5)


px = Point.x  # ?rc px
found = Point._found  # ?rc found
fl = Point.fields()  # ?rc fl px
tag = Point.tag  # ?rc tag
reg = SchemaMeta.registry  # ?rc reg
print(sys.getrefcount(Point))
print(sys.getrefcount(SchemaMeta))
print(type(Point) is SchemaMeta)
del fl, found, px
reg.clear()
del Point
print(gc.collect())
print(sys.getrefcount(SchemaMeta))
