# Theme: a class-level cache of weak values. The cache (a class attribute)
# holds no strong reference; instances disappear from it when their last
# name goes, and the cached entries are the same objects the callers hold.
import weakref


class Shape:
    cache = weakref.WeakValueDictionary()

    def __init__(self, key):
        self.key = key

    @classmethod
    def get(cls, key):
        found = cls.cache.get(key)
        if found is None:
            found = cls(key)
            cls.cache[key] = found
        return found


sq = Shape.get("square shape")  # ?rc sq
sq2 = Shape.get("square shape")  # ?rc sq sq2
tri = Shape.get("triangle shape")  # ?rc tri
held = [sq, tri, sq]  # ?rc sq tri held
del sq2  # ?rc sq
size = len(Shape.cache)  # ?rc sq
del held  # ?rc sq tri
tri = None
n_after = len(Shape.cache)
same = Shape.cache["square shape"]  # ?rc same sq
del same  # ?rc sq
ref = weakref.ref(sq)  # ?rc sq ref
del sq  # ?rc ref
gone = ref()  # ?rc ref
