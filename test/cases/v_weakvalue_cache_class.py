# Theme: weak references seen through a cache class: a dict of weakref.ref
# with callbacks that remove dead entries, and WeakValueDictionary lookups.
import gc
import weakref


class Image:
    def __init__(self, path):
        self.path = path


class Cache:
    def __init__(self):
        self.refs = {}
        self.removed = []

    def _gone(self, ref):
        self.removed.append(ref)  # ?rc ref

    def add(self, key, obj):
        r = weakref.ref(obj, self._gone)  # ?rc obj r
        self.refs[key] = r
        return r

    def get(self, key):
        r = self.refs.get(key)
        return None if r is None else r()


cache = Cache()  # ?rc cache
img = Image("a.png")  # ?rc img
r = cache.add(1.5, img)  # ?rc img r cache
back = cache.get(1.5)  # ?rc img back
del back  # ?rc img
del img  # ?rc r cache
gone = cache.get(1.5)  # ?rc r
wv = weakref.WeakValueDictionary()
pic = Image("b.png")
wv[2.5] = pic  # ?rc pic
same = wv[2.5]  # ?rc pic same
del same, pic
print(len(wv))
del cache  # ?rc r
print(gc.collect())  # cache <-> bound method held by the weakref callback
