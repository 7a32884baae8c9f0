# Theme: subclasses of weakref.ref (the KeyedRef pattern): the referent gets no
# reference, the callback is held until it runs, slots and __dict__ as usual.
import gc
import weakref


class KRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Tagged(weakref.ref):
    pass


class P:
    pass


class Registry:
    def __init__(self):
        self.entries = {}

    def add(self, key, obj):
        self.entries[key] = KRef(obj, self._remove, key)

    def _remove(self, wr):
        del self.entries[wr.key]


reg = Registry()  # ?rc reg
p = P()  # ?rc p
key = 2.5 * 3  # ?rc key
reg.add(key, p)  # ?rc p reg key
kr = reg.entries[key]  # ?rc kr reg
got = kr()  # ?rc got p
del got  # ?rc p
q = P()
reg.add(1.5, q)  # ?rc reg q
del q  # ?rc reg
del p  # ?rc reg key kr
back = kr()
print(back is None)
t = P()  # ?rc t
tr = Tagged(t)  # ?rc t tr
tr.note = [1, 2]  # ?rc tr
seen = []
tr2 = Tagged(t, seen.append)  # ?rc t tr2 seen
del t  # ?rc tr tr2 seen
print(len(seen), tr(), Tagged)
c = P()
c.me = c
cr = Tagged(c, seen.append)  # ?rc cr
del c
print(gc.collect(), len(seen))  # ?rc cr seen
try:
    Tagged(5)
except TypeError as e:
    print(e)
