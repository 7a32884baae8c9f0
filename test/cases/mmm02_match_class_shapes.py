# Theme: class patterns with __match_args__. A renderer matches shape objects
# positionally and by keyword; captured sub-objects get a reference from each
# capture name, AS patterns bind the whole subject, guards see the captures.
import gc


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Segment:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


origin = Point(0.5, 0.5)  # ?rc origin
far = Point(10.5, 3.5)  # ?rc far
ring = Circle(origin, 2.5)  # ?rc ring origin
seg = Segment(origin, far)  # ?rc seg origin far


def describe(shape):
    match shape:
        case Circle(Point() as c, r) if r > 1.0:
            found = c  # ?rc c found shape
            return "big circle"
        case Segment(start=s, end=Point(x=ex) as e):
            pair = [s, e]  # ?rc s e pair
            return "segment"
        case Point(x, y):
            return "point"
        case _:
            return "unknown"


describe(ring)  # ?rc ring origin
describe(seg)  # ?rc seg origin far
describe(far)  # ?rc far

shapes = [ring, seg, far]
for sh in shapes:
    match sh:
        case Circle(center=cen) | Segment(start=cen):
            hold = cen  # ?rc hold cen sh
        case other:
            kept = other  # ?rc kept other far
del hold, cen, kept, other, sh  # ?rc origin far
origin.x = ring  # ?rc ring
del ring, shapes
print(gc.collect())
