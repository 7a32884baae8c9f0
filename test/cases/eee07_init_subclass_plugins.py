# A plugin registry built with __init_subclass__: subclasses register
# themselves under a keyword given in the class statement, and the base
# keeps a list of handler instances. Deleting a plugin class leaves it in
# the registry until the registry lets go.
import gc
import sys


class Exporter:
    registry = {}
    order = []

    def __init_subclass__(cls, fmt=None, **kw):
        super().__init_subclass__(**kw)
        if fmt is not None:
            Exporter.registry[fmt] = cls
            Exporter.order.append(fmt)
        cls.instances = []

    def __init__(self, options):
        self.options = options
        type(self).instances.append(self)

    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter, fmt="csv"):
    def export(self, rows):
        lines = [",".join(map(str, r)) for r in rows]  # ?rc lines
        return "\n".join(lines)


class JsonExporter(Exporter, fmt="json"):
    def export(self, rows):
        return repr([list(r) for r in rows])


class Helper(Exporter):
    pass


reg = Exporter.registry  # ?rc reg
opts = {"sep": ", ", "quote": None}  # ?rc opts
rows = [(1.5, 2.5), (3.5, 4.5)]  # ?rc rows
csv = CsvExporter(opts)  # ?rc csv opts
out = csv.export(rows)  # ?rc out
print(sys.getrefcount(CsvExporter))
for fmt in ("csv", "json"):
    exp = reg[fmt](opts)  # ?rc exp opts
del exp
inst = CsvExporter.instances  # ?rc inst
print(sys.getrefcount(JsonExporter))
del JsonExporter
print(gc.collect())
reg.pop("json")
print(gc.collect())
del Helper
print(gc.collect())
del inst, csv  # ?rc opts
