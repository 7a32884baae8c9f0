# Theme: a failed attribute lookup's AttributeError names the object (its
# `obj`, set by PyObject_GetAttr on every version; by a failed store on 3.13):
# while the exception lives (the except block, or kept in a variable), the
# object has one more reference. getattr with a default and hasattr keep none.
import gc


class Config:
    __slots__ = ("name", "size")

    def __init__(self, name):
        self.name = name


class Lazy:
    def __getattr__(self, attr):
        raise AttributeError(attr)

    @property
    def broken(self):
        raise AttributeError("broken")


cfg = Config("main")  # ?rc cfg
try:
    cfg.size
except AttributeError:
    inside = cfg  # ?rc cfg
del inside
lazy = Lazy()  # ?rc lazy
try:
    lazy.anything
except AttributeError as e:
    kept = e
probe = lazy  # ?rc lazy
same = kept.obj  # ?rc lazy same
del kept, same  # ?rc lazy
try:
    lazy.broken
except AttributeError:
    pass
after = lazy  # ?rc lazy
items = [1, 2]  # ?rc items
try:
    items.push(3)
except AttributeError as err:
    during = items  # ?rc items
both = items  # ?rc items
fallback = getattr(cfg, "size", None)  # ?rc cfg
has = hasattr(lazy, "other")  # ?rc lazy
try:
    cfg.extra = 1
except AttributeError:
    when_set = cfg  # ?rc cfg
del when_set
print(fallback, has, gc.collect())  # ?rc cfg lazy
