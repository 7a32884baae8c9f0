# Change tracking with __setattr__ and __delattr__: a record keeps the set
# of dirty field names (strings, no object identity in the set) and the old
# values, so a save step can write only what changed.
import gc
import sys


class Tracked:
    def __init__(self, **fields):
        object.__setattr__(self, "_old", {})
        object.__setattr__(self, "_dirty", [])
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        if name not in self._dirty:
            self._dirty.append(name)
            self._old[name] = self.__dict__.get(name)
        object.__setattr__(self, name, value)  # ?rc value

    def __delattr__(self, name):
        self._old.setdefault(name, self.__dict__.get(name))
        object.__delattr__(self, name)

    def save(self):
        changed = {k: self.__dict__.get(k) for k in self._dirty}  # ?rc changed
        self._dirty.clear()
        self._old.clear()
        return changed


start = 10.5 * 3  # ?rc start
tags = ["draft", "internal"]  # ?rc tags
rec = Tracked(price=start, tags=tags)  # ?rc rec start tags
newer = start + 1.25  # ?rc newer
rec.price = newer  # ?rc start newer
rec.price = newer * 2  # ?rc start newer
old = rec._old  # ?rc old
del rec.tags  # ?rc tags
saved = rec.save()  # ?rc saved start tags
for key in ("alpha", "beta", "alpha"):
    rec.label = key + " value"
snapshot = dict(rec.__dict__)  # ?rc snapshot
print(sys.getrefcount(saved))
del saved  # ?rc newer
rec.self_ref = rec
del rec, snapshot, old  # ?rc tags
print(gc.collect())
