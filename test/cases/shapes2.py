# Geometry: classes with properties, class methods, __eq__, a cache and a registry.
import math


class Point:
    created = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.created += 1

    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    @classmethod
    def origin(cls):
        return cls(0.0, 0.0)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


cache = {}


def get_point(key):
    if key not in cache:
        cache[key] = Point(float(len(key)), 2.5)  # ?rc cache
    return cache[key]


p = get_point("alpha")  # ?rc p cache
q = get_point("alpha")  # ?rc p q
r = get_point("beta")  # ?rc r
o = Point.origin()  # ?rc o Point
m = p.moved(1.5, 1.5)  # ?rc m p
n = m.norm  # ?rc n
pts = [p, q, r, o, m]  # ?rc p pts
far = [pt for pt in pts if pt.x > 1.0]  # ?rc far p
del pts  # ?rc p far
cache.clear()  # ?rc p r
