# Theme: functools.cached_property on a frozen dataclass: the cache writes
# into the instance __dict__ directly, bypassing the frozen __setattr__.
import gc
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Polygon:
    points: tuple

    @cached_property
    def perimeter(self):
        total = 0.0
        pts = self.points
        for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
            total += abs(x2 - x1) + abs(y2 - y1)
        return total

    @cached_property
    def bbox(self):
        xs = [p[0] for p in self.points]  # ?rc xs
        ys = [p[1] for p in self.points]
        box = (min(xs), min(ys), max(xs), max(ys))  # ?rc box
        return box


corner = (0.5 * 3, 2.5 * 2)  # ?rc corner
pts = ((0.0, 0.0), corner, (4.5, 0.0))  # ?rc pts corner
poly = Polygon(pts)  # ?rc poly pts
per = poly.perimeter  # ?rc per poly
per2 = poly.perimeter  # ?rc per per2
bb = poly.bbox  # ?rc bb
cache = poly.__dict__  # ?rc cache poly
same = Polygon(pts)  # ?rc same pts
eq = poly == same  # ?rc poly same
del cache, per, per2
del poly  # ?rc pts bb
print(gc.collect())  # nothing cyclic
