# Theme: layered settings built from defaultdict / OrderedDict: copies,
# `|` merges and `|=` updates, OrderedDict.fromkeys for the section order.
# Each result keeps its operand's type (a defaultdict copy holds the same
# factory, an OrderedDict's node holds each key once more), and dict
# subtypes stay tracked, so a cycle through them is found by gc.collect().
import gc
from collections import OrderedDict, defaultdict


def new_section():
    return ["(empty section)"]


class Settings:
    def __init__(self, sections):
        self.order = OrderedDict.fromkeys(sections, 0)
        self.values = defaultdict(new_section)
        self.parent = None

    def child(self):
        kid = Settings([])
        kid.order = self.order | {}
        kid.values = self.values.copy()
        kid.parent = self
        return kid


gc.collect()
net = "network section"
ui = "display section"
base = Settings([net, ui])  # ?rc net ui new_section
base.values[net].append("timeout=30s")  # ?rc net
local = base.child()  # ?rc base new_section net ui
local.values[ui].append("theme=dark mode")  # ?rc ui new_section
merged = base.values | local.values  # ?rc new_section net ui
extra = OrderedDict.fromkeys([ui])  # ?rc ui
extra |= base.order  # ?rc net ui extra
base.order |= {ui: 2}  # ?rc ui
del merged, extra  # ?rc net ui new_section
base.me = base
del local, base
print(gc.collect())  # two Settings, their OrderedDicts and defaultdicts
print(gc.collect())  # ?rc net ui new_section
