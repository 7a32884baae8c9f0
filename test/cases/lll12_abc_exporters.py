# Theme: pluggable exporters on an abc.ABC base: abstract methods, a
# concrete template method that calls them, a virtual subclass added with
# register(), and subclasses that enter a format table via __init_subclass__.
import abc
import io
import sys


class Exporter(abc.ABC):
    formats = {}

    def __init_subclass__(cls, fmt=None, **kw):
        super().__init_subclass__(**kw)
        if fmt is not None:
            Exporter.formats[fmt] = cls

    def __init__(self, sink):
        self.sink = sink

    @abc.abstractmethod
    def header(self):
        ...

    @abc.abstractmethod
    def row(self, item):
        ...

    def export(self, items):
        self.sink.write(self.header())
        for item in items:
            line = self.row(item)
            self.sink.write(line)  # ?rc item
        return self.sink


class CsvExporter(Exporter, fmt="csv"):
    def header(self):
        return "name,qty\n"

    def row(self, item):
        return f"{item[0]},{item[1]}\n"


class TsvExporter(CsvExporter, fmt="tsv"):
    def row(self, item):
        return super().row(item).replace(",", "\t")


class Legacy:
    def export(self, items):
        return list(items)


Exporter.register(Legacy)
FACTORIES = Exporter.formats  # ?rc CsvExporter TsvExporter
items = [("bolts", 1.5 * 10), ("nuts", 2.5 * 10)]  # ?rc items
buf = io.StringIO()  # ?rc buf
exp = FACTORIES["csv"](buf)  # ?rc exp buf
out = exp.export(items)  # ?rc out buf
print(out.getvalue())
tsv = FACTORIES["tsv"](io.StringIO())  # ?rc tsv
res = tsv.export(items)  # ?rc res
leg = Legacy()  # ?rc leg
print(isinstance(leg, Exporter), issubclass(TsvExporter, Exporter))
copied = leg.export(items)  # ?rc copied items
first = copied[0]  # ?rc first
print(sys.getrefcount(first))
del exp, out  # ?rc buf
del items, copied  # ?rc first
