# Theme: plugin classes described by walking their namespaces with vars(); copies, subclasses,
# slots, attributes added later, and the classes freed by the collector afterwards
import gc


class Plugin:
    """Base plugin."""
    name = "base"
    options = {"verbose": False}

    def run(self):
        self.ran = True
        return self.name


class Exporter(Plugin):
    name = "export"
    formats = ["csv", "json"]


class Point:
    __slots__ = ("x", "y")
    origin = [0, 0]


formats = Exporter.formats
options = Plugin.options  # ?rc formats options
public = {k: v for k, v in vars(Exporter).items() if not k.startswith("_")}
print(sorted(public))  # ?rc formats public
snapshot = dict(vars(Plugin))
print(len(snapshot) > 3)  # ?rc options snapshot
keys = list(Point.__dict__)
print(keys)  # ?rc keys
values = list(vars(Point).values())
origin = Point.origin  # ?rc origin values
Plugin.extra = [1, 2]
extra = Plugin.extra
last_key = None
for last_key in vars(Plugin):
    pass
print(last_key)  # ?rc extra
Plugin.__doc__ = "changed"
order = [k for k in vars(Plugin)]
print(order.index("__doc__") < order.index("extra"))  # ?rc order
count = 0
for k, v in Plugin.__dict__.items():
    if isinstance(v, list):
        count += 1
print(count)  # ?rc extra options
del public, snapshot, values
del Exporter, Point
print(gc.collect())  # ?rc formats origin
copy = vars(Plugin).copy()
del Plugin
print(gc.collect())  # ?rc options extra
del copy
print(gc.collect())  # ?rc options extra
