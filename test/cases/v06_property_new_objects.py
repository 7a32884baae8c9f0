# Theme: properties. A getter that builds a new object on every access, one
# that returns the stored object, one that caches its result on first use,
# and a setter that replaces the stored object.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Rect:
    def __init__(self, w, h):
        self._size = [w, h]
        self._corner = Point(0.5, 0.5)
        self._area = None

    @property
    def size(self):
        return list(self._size)  # a copy every time

    @property
    def corner(self):
        return self._corner  # the stored object

    @corner.setter
    def corner(self, p):
        old = self._corner  # ?rc old p
        self._corner = p

    @property
    def area(self):
        if self._area is None:
            self._area = self._size[0] * self._size[1]
        return self._area


r = Rect(2.5, 4.0)  # ?rc r
s1 = r.size  # ?rc s1
s2 = r.size  # ?rc s1 s2
c = r.corner  # ?rc c
a1 = r.area  # ?rc a1
a2 = r.area  # ?rc a1 a2
moved = Point(1.5, 2.5)  # ?rc moved
r.corner = moved  # ?rc c moved
prop = Rect.__dict__["area"]  # ?rc prop
getter = prop.fget  # ?rc getter
a3 = getter(r)  # ?rc a1
sizes = [r.size for _ in range(3)]  # ?rc sizes
corners = [r.corner for _ in range(3)]  # ?rc moved corners
del r  # ?rc a1 moved c
del corners  # ?rc moved


class Square(Rect):
    @property
    def side(self):
        return self.size[0]  # the copy is dropped, the float survives


sq = Square(3.25, 3.25)
side = sq.side  # ?rc side
area = sq.area  # ?rc area
