# Theme: a registry storing weakref subclasses that carry their own key, so
# one shared callback can remove the dead entry (the pattern behind
# weakref.KeyedRef and WeakValueDictionary).
import weakref


class KeyRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, obj, callback, key):
        self = super().__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)


class Registry:
    def __init__(self):
        self.entries = {}

    def _remove(self, ref):
        del self.entries[ref.key]

    def add(self, key, obj):
        self.entries[key] = KeyRef(obj, self._remove, key)

    def get(self, key):
        ref = self.entries.get(key)
        return ref() if ref is not None else None


class Plugin:
    pass


reg = Registry()  # ?rc reg
p1 = Plugin()  # ?rc p1
reg.add("first plugin!", p1)  # ?rc p1 reg
kr = reg.entries["first plugin!"]  # ?rc kr
k = kr.key  # ?rc k
got = reg.get("first plugin!")  # ?rc p1 got
del got  # ?rc p1
p2 = Plugin()
reg.add("second plugin!", p2)  # ?rc reg
del p2  # ?rc reg -- callback removed the entry
del p1  # ?rc kr k reg
print(len(reg.entries), kr())
