# Theme: a plugin registry filled by a class decorator: exporter classes
# register under a format name, instances are created lazily and cached,
# and a plugin can be unregistered and its class dropped.
import gc
import sys


class Registry:
    def __init__(self):
        self.classes = {}
        self.instances = {}

    def register(self, fmt):
        def decorator(cls):
            self.classes[fmt] = cls
            cls.fmt = fmt
            return cls
        return decorator

    def get(self, fmt):
        if fmt not in self.instances:
            self.instances[fmt] = self.classes[fmt]()
        return self.instances[fmt]

    def unregister(self, fmt):
        self.instances.pop(fmt, None)
        return self.classes.pop(fmt)


exporters = Registry()


@exporters.register("csv")
class CsvExporter:
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


@exporters.register("tsv")
class TsvExporter(CsvExporter):
    def export(self, rows):
        return super().export(rows).replace(",", "\t")


rows = [(1.5, 2.5), (3.5, 4.5)]  # ?rc rows
csv = exporters.get("csv")  # ?rc csv exporters
same = exporters.get("csv")  # ?rc csv
text = csv.export(rows)  # ?rc text rows
tsv = exporters.get("tsv")  # ?rc tsv
tsv_text = tsv.export(rows)  # ?rc tsv_text tsv
print(sys.getrefcount(CsvExporter))
print(sys.getrefcount(TsvExporter))
removed = exporters.unregister("tsv")  # ?rc removed tsv
del tsv  # ?rc removed
del TsvExporter  # ?rc removed
del removed
print(gc.collect())  # the TsvExporter class and what only it holds
del same  # ?rc csv
print(sys.getrefcount(CsvExporter))
