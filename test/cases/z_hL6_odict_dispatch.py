# Theme: a settings exporter that dispatches on isinstance(): OrderedDict
# subclasses keep their order, plain dicts are sorted, anything else is
# wrapped; the exported rows hold the same value objects.
import gc
from collections import OrderedDict


class Section(OrderedDict):
    def __init__(self, title):
        super().__init__()
        self.title = title


class Flat(dict):
    pass


def export(obj, rows):
    if isinstance(obj, OrderedDict):
        for key in obj:
            rows.append((key, obj[key]))
    elif isinstance(obj, dict):
        for key in sorted(obj):
            rows.append((key, obj[key]))
    else:
        rows.append(("value", obj))
    return rows


port = [8080.5]
host = ["example.org (dev)"]
net = Section("network")
net["port"] = port
net["host"] = host  # ?rc net port host
flat = Flat(port=port)  # ?rc flat port
rows = export(net, [])  # ?rc rows port host
rows = export(flat, rows)  # ?rc rows port
rows = export(host, rows)  # ?rc rows host
print(len(rows), issubclass(Section, dict), isinstance(flat, OrderedDict))
del rows
print(gc.collect())  # ?rc port host
net["self"] = net
del net
print(gc.collect())  # ?rc port host
