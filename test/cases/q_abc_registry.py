# Application: an export plugin system. An abc.ABC base declares abstract
# methods; subclasses register themselves in a dict via __init_subclass__.
import abc
import gc
import sys


class Exporter(abc.ABC):
    registry = {}

    def __init_subclass__(cls, fmt=None, **kw):
        super().__init_subclass__(**kw)
        if fmt is not None:
            Exporter.registry[fmt] = cls

    @abc.abstractmethod
    def export(self, rows):
        ...

    def header(self):
        return "# " + type(self).__name__


class CsvExporter(Exporter, fmt="csv"):
    sep = ","

    def export(self, rows):
        lines = [self.header()]
        for row in rows:
            lines.append(self.sep.join(str(x) for x in row))
        text = "\n".join(lines)  # ?rc lines
        return text


class TsvExporter(CsvExporter, fmt="tsv"):
    sep = "\t"


class JsonishExporter(Exporter, fmt="json"):
    def export(self, rows):
        return "[" + ", ".join(repr(list(r)) for r in rows) + "]"


def make(fmt):
    cls = Exporter.registry[fmt]
    inst = cls()  # ?rc inst
    return inst


reg = Exporter.registry  # ?rc reg
csv_cls = reg["csv"]  # ?rc csv_cls
rows = [(1, "ann", 2.5), (2, "bob", 3.75)]  # ?rc rows
ex = make("csv")  # ?rc ex csv_cls
out = ex.export(rows)  # ?rc out rows
tsv = make("tsv")  # ?rc tsv
out2 = tsv.export(rows)  # ?rc out2
js = make("json").export(rows)  # ?rc js
try:
    Exporter()
except TypeError as exc:
    why = exc.args  # ?rc why
print(isinstance(ex, Exporter), sys.getrefcount(csv_cls))
is_sub = issubclass(TsvExporter, Exporter)  # ?rc csv_cls
tmp_cls = type("TmpExporter", (CsvExporter,), {"sep": ";"})  # ?rc tmp_cls
tmp = tmp_cls()  # ?rc tmp tmp_cls
semi = tmp.export(rows)  # ?rc semi
del tmp  # ?rc tmp_cls
del tmp_cls
print(gc.collect())
del ex, tsv  # ?rc csv_cls
print(gc.collect())
