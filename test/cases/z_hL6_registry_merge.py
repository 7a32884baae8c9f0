# Theme: a plugin registry written as a dict subclass that validates in
# __setitem__ and keeps bookkeeping attributes; merging it into plain dicts
# ({**reg}, dict(reg), d.update(reg)) copies its entries, never its
# attributes, and an OrderedDict subclass merges the same way in order.
import gc
from collections import OrderedDict


class Registry(dict):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.rejected = []

    def __setitem__(self, name, plugin):
        if not callable(plugin.run):
            self.rejected.append(name)
            return
        super().__setitem__(name, plugin)


class Ordered(OrderedDict):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner


class Plugin:
    def __init__(self, name):
        self.name = name

    def run(self):
        return self.name.upper()


app = ["the application object"]
reg = Registry(app)  # ?rc reg app
csv = Plugin("csv export (v2)")
reg["csv"] = csv  # ?rc csv reg
pdf = Plugin("pdf export (v1)")
reg["pdf"] = pdf  # ?rc pdf
snapshot = {**reg}  # ?rc snapshot csv pdf app
copied = dict(reg)  # ?rc copied csv app
merged = {"builtin": Plugin("text export")}
merged.update(reg)  # ?rc merged pdf app
ordered = Ordered(app)  # ?rc ordered app
ordered["pdf"] = pdf
ordered["csv"] = csv  # ?rc csv pdf
flat = dict(ordered)  # ?rc flat csv app
again = OrderedDict(ordered)  # ?rc again pdf
first = next(iter(again))  # ?rc first
del snapshot, copied, merged, flat, again
print(gc.collect())  # ?rc csv pdf app
reg["self"] = Plugin("loop")
reg["self"].registry = reg
del reg, ordered
print(gc.collect())  # ?rc csv pdf app
