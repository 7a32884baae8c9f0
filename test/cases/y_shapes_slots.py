# Theme: geometry records: a __slots__ Point, a namedtuple Segment, shapes
# sorted by area with a key lambda, star-unpacking and slice assignment.
import sys
from collections import namedtuple
import math


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)


Segment = namedtuple("Segment", ["start", "end"])


class Polygon:
    def __init__(self, *points):
        self.points = list(points)  # ?rc points

    def perimeter(self):
        pts = self.points
        segs = [Segment(a, b) for a, b in zip(pts, pts[1:] + pts[:1])]  # ?rc segs
        return sum(s.start.dist(s.end) for s in segs)


origin = Point(0.0, 0.0)  # ?rc origin
p1 = Point(3.0, 0.0)
p2 = Point(3.0, 4.0)  # ?rc p2
tri = Polygon(origin, p1, p2)  # ?rc tri origin p2
square = Polygon(origin, Point(1.0, 0.0), Point(1.0, 1.0), Point(0.0, 1.0))  # ?rc origin
shapes = sorted([tri, square], key=lambda s: s.perimeter())  # ?rc shapes tri
smallest, *others = shapes  # ?rc smallest others
corners = tri.points[:]  # ?rc corners origin
corners[1:2] = [Point(9.0, 9.0), Point(8.0, 8.0)]  # ?rc corners p1
head, *middle, tail = corners  # ?rc head middle tail
seg = Segment(origin, p2)  # ?rc seg origin
start, end = seg  # ?rc start seg
print(round(tri.perimeter(), 2), sys.getrefcount(origin))
del shapes, smallest, others  # ?rc tri square
del square  # ?rc origin
del corners, middle  # ?rc p1 origin
del tri  # ?rc origin p1 p2
