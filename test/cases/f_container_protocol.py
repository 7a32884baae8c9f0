# Application: a custom sequence class implementing __len__, __iter__,
# __getitem__ (ints and slices), __contains__, properties with setters and
# __slots__ points stored inside it.
import gc
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%s, %s)" % (self.x, self.y)


class Polyline:
    def __init__(self, points):
        self._points = list(points)
        self._closed = False

    def __len__(self):
        return len(self._points)

    def __iter__(self):
        return iter(self._points)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Polyline(self._points[idx])
        return self._points[idx]

    def __contains__(self, pt):
        return any(p is pt for p in self._points)

    @property
    def closed(self):
        return self._closed

    @closed.setter
    def closed(self, value):
        if value and self._points[0] is not self._points[-1]:
            first = self._points[0]  # ?rc first
            self._points.append(first)
        self._closed = value


p1 = Point(0.5, 1.5)  # ?rc p1
p2 = Point(2.5, 3.5)  # ?rc p2
p3 = Point(4.5, 0.5)  # ?rc p3
line = Polyline([p1, p2, p3])  # ?rc line p1
n = len(line)  # ?rc n
mid = line[1]  # ?rc mid p2
part = line[0:2]  # ?rc part p1 p3
inside = p3 in part  # ?rc inside
line.closed = True  # ?rc p1 line
flag = line.closed  # ?rc flag
xs = [pt.x for pt in line]  # ?rc xs p1
for pt in line:
    pass  # ?rc pt
it = iter(line)  # ?rc it line
head = next(it)  # ?rc head p1
print(repr(mid), sys.getrefcount(p1))
del part  # ?rc p1 p2
del line, it  # ?rc p1 p3
print(gc.collect())
