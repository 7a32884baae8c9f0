# Theme: immutable-ish points with __slots__ and a class-level cache of
# interned instances (a dict on the class keyed by coordinates), a
# classmethod factory and a staticmethod helper, instances in a list.
class Point:
    __slots__ = ("x", "y")
    _cache = {}

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def of(cls, x, y):
        key = (x, y)
        p = cls._cache.get(key)
        if p is None:
            p = cls(x, y)
            cls._cache[key] = p
        return p

    @staticmethod
    def dist2(a, b):
        return (a.x - b.x) ** 2 + (a.y - b.y) ** 2

    def moved(self, dx, dy):
        return Point.of(self.x + dx, self.y + dy)

cache = Point._cache  # ?rc cache
origin = Point.of(0, 0)  # ?rc origin
again = Point.of(0, 0)  # ?rc origin again
far = Point.of(300, 400)  # ?rc far
d = Point.dist2(origin, far)  # ?rc d
step = origin.moved(300, 400)  # ?rc step far
path = [origin, far, step]  # ?rc path far
loose = Point(1.5, 2.5)  # ?rc loose
xs = [p.x for p in path]  # ?rc xs
del path  # ?rc far origin
cache.clear()  # ?rc far origin step
del again, step  # ?rc far origin
