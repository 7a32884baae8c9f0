# Theme: a plugin registry. Exporters register themselves through
# __init_subclass__, filters through a class decorator; the registry
# holds classes, the app holds instances created by a classmethod
# factory. Unregistering a dynamically made class leaves it as a cycle.
import gc

REGISTRY = {}
FILTERS = []


def register_filter(cls):
    FILTERS.append(cls)  # ?rc cls
    return cls


class Exporter:
    fmt = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        REGISTRY[cls.fmt] = cls  # ?rc cls

    @classmethod
    def create(cls, *args, **options):
        inst = cls(*args)  # ?rc inst
        inst.options = options  # ?rc options
        return inst

    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter):
    fmt = "csv"

    def __init__(self, sep=","):
        self.sep = sep

    def export(self, rows):
        text = "\n".join(self.sep.join(str(v) for v in r) for r in rows)  # ?rc text
        return text


class JsonLines(Exporter):
    fmt = "jsonl"

    def export(self, rows):
        return "\n".join("[" + ", ".join(repr(v) for v in r) + "]" for r in rows)


@register_filter
class DropEmpty:
    def apply(self, rows):
        kept = [r for r in rows if any(r)]  # ?rc kept
        return kept


@register_filter
class Scale:
    factor = 2.5

    def apply(self, rows):
        return [[v * self.factor for v in r] for r in rows]


rows = [[1.0, 2.0], [0, 0], [3.5, 4.25]]  # ?rc rows
csv = Exporter.create.__func__(REGISTRY["csv"], ";", quote=True)  # ?rc csv
jl = JsonLines.create()  # ?rc jl
filters = [f() for f in FILTERS]  # ?rc filters
data = rows
for flt in filters:
    data = flt.apply(data)  # ?rc data
out_csv = csv.export(data)  # ?rc out_csv
out_jl = jl.export(data)
print(out_csv)
print(out_jl)
opts = csv.options  # ?rc opts

formats = sorted(REGISTRY)  # ?rc formats
print(formats)


def make_exporter(fmt_name, prefix):
    def export(self, rows):
        return prefix + str(len(rows))

    cls = type(f"Dyn_{fmt_name}", (Exporter,), {"fmt": fmt_name, "export": export})  # ?rc cls
    return cls


Dyn = make_exporter("count", "rows: ")
dyn = Dyn.create()  # ?rc dyn
print(dyn.export(data))
del REGISTRY["count"]
del dyn
print(gc.collect())  # Dyn is still named
del Dyn
print(gc.collect())  # the class: itself, mro, dict, descriptors, the closure ...
del filters, data  # ?rc rows
print(gc.collect())
