# Theme: an OrderedDict subclass that audits every store: OrderedDict's
# __init__, update() and setdefault() go through the class's own
# __setitem__, copy() builds a new instance of the class; pop and popitem
# do not call the hooks.
import gc
from collections import OrderedDict


class Audited(OrderedDict):
    def __init__(self, *args, **kw):
        self.stored = []
        super().__init__(*args, **kw)

    def __setitem__(self, key, value):
        self.stored.append(key)
        super().__setitem__(key, value)  # ?rc value


class Setting:
    def __init__(self, raw):
        self.raw = raw


width = Setting(1280)
height = Setting(720)
defaults = {"width (px)": width, "height (px)": height}
conf = Audited(defaults)  # ?rc conf width height
log = conf.stored  # ?rc log
pairs = [("depth (bits)", Setting(24))]
conf.update(pairs)  # ?rc conf
depth = conf["depth (bits)"]  # ?rc depth
conf.update({"width (px)": height})  # ?rc width height
title = conf.setdefault("title (text)", Setting("main window"))  # ?rc title
same = conf.setdefault("title (text)", width)  # ?rc title same width
backup = conf.copy()  # ?rc backup conf title height
blog = backup.stored  # ?rc blog
k, v = conf.popitem(last=False)  # ?rc v height
old = conf.pop("depth (bits)")  # ?rc old depth
print(len(log), len(blog), list(backup))
conf["self (cycle)"] = conf  # ?rc conf
del conf, log, v, old
print(gc.collect())  # ?rc title depth
del backup, blog
print(gc.collect())  # ?rc title depth height
